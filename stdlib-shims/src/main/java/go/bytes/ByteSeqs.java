// The iterator functions of package bytes: Lines, SplitSeq, SplitAfterSeq, FieldsSeq, FieldsFuncSeq.
package go.bytes;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Func1;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Proc1;
import go.unicode.Categories;

/**
 * Each returns Go's {@code iter.Seq[[]byte]}; the yielded slices alias s with their capacity
 * cut at their length, as in Go. Lines and the Split sequences keep how far they got in the
 * captured slice, so calling a sequence again continues where an earlier call stopped.
 */
final class ByteSeqs {
    private ByteSeqs() {}

    static Proc1<Func1<ByteSlice, Boolean>> lines(ByteSlice s) {
        ByteSlice[] rest = {s};
        return yield -> {
            while (rest[0].len() > 0) {
                ByteSlice line;
                long i = Bytes.IndexByte(rest[0], (byte) '\n');
                if (i >= 0) {
                    line = rest[0].slice3(0, i + 1, i + 1);
                    rest[0] = rest[0].slice(i + 1, rest[0].len());
                } else {
                    line = rest[0];
                    rest[0] = ByteSlice.NIL;
                }
                if (!yield.call(line)) {
                    return;
                }
            }
        };
    }

    /** SplitSeq (sepSave 0) and SplitAfterSeq (sepSave len(sep)). */
    static Proc1<Func1<ByteSlice, Boolean>> split(ByteSlice s, ByteSlice sep, long sepSave) {
        ByteSlice[] rest = {s};
        return yield -> {
            if (sep.len() == 0) {
                while (rest[0].len() > 0) {
                    int size = GoStrings.width(GoStrings.decodeRune(rest[0].toGoString(), 0));
                    if (!yield.call(rest[0].slice3(0, size, size))) {
                        return;
                    }
                    rest[0] = rest[0].slice(size, rest[0].len());
                }
                return;
            }
            while (true) {
                long i = Bytes.Index(rest[0], sep);
                if (i < 0) {
                    break;
                }
                if (!yield.call(rest[0].slice3(0, i + sepSave, i + sepSave))) {
                    return;
                }
                rest[0] = rest[0].slice(i + sep.len(), rest[0].len());
            }
            yield.call(rest[0]);
        };
    }

    static Proc1<Func1<ByteSlice, Boolean>> fields(ByteSlice s) {
        return fieldsFunc(s, Categories::isSpace);
    }

    /** The runs of runes for which f is false (invalid bytes are U+FFFD to f). */
    static Proc1<Func1<ByteSlice, Boolean>> fieldsFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        return yield -> {
            String str = s.toGoString();
            int start = -1;
            for (int i = 0; i < str.length(); ) {
                long d = GoStrings.decodeRune(str, i);
                if (f.call(GoStrings.rune(d))) {
                    if (start >= 0) {
                        if (!yield.call(s.slice3(start, i, i))) {
                            return;
                        }
                        start = -1;
                    }
                } else if (start < 0) {
                    start = i;
                }
                i += GoStrings.width(d);
            }
            if (start >= 0) {
                yield.call(s.slice3(start, str.length(), str.length()));
            }
        };
    }
}
