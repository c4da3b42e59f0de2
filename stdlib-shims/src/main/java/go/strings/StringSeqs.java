// The iterator functions of package strings: Lines, SplitSeq, SplitAfterSeq, FieldsSeq, FieldsFuncSeq.
package go.strings;

import dev.goloom.runtime.Func1;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Proc1;
import go.unicode.Categories;

/**
 * Each returns Go's {@code iter.Seq[string]} ({@code func(yield func(string) bool)}), which
 * stops when yield returns false. As in Go, Lines and the Split sequences keep how far they got
 * in the captured string, so calling a sequence again continues where an earlier call stopped.
 */
final class StringSeqs {
    private StringSeqs() {}

    static Proc1<Func1<String, Boolean>> lines(String s) {
        String[] rest = {s};
        return yield -> {
            while (!rest[0].isEmpty()) {
                String line;
                int i = rest[0].indexOf('\n');
                if (i >= 0) {
                    line = rest[0].substring(0, i + 1);
                    rest[0] = rest[0].substring(i + 1);
                } else {
                    line = rest[0];
                    rest[0] = "";
                }
                if (!yield.call(line)) {
                    return;
                }
            }
        };
    }

    /** SplitSeq (sepSave 0) and SplitAfterSeq (sepSave len(sep)). */
    static Proc1<Func1<String, Boolean>> split(String s, String sep, int sepSave) {
        String[] rest = {s};
        return yield -> {
            if (sep.isEmpty()) {
                while (!rest[0].isEmpty()) {
                    int size = GoStrings.width(GoStrings.decodeRune(rest[0], 0));
                    if (!yield.call(rest[0].substring(0, size))) {
                        return;
                    }
                    rest[0] = rest[0].substring(size);
                }
                return;
            }
            while (true) {
                int i = rest[0].indexOf(sep);
                if (i < 0) {
                    break;
                }
                if (!yield.call(rest[0].substring(0, i + sepSave))) {
                    return;
                }
                rest[0] = rest[0].substring(i + sep.length());
            }
            yield.call(rest[0]);
        };
    }

    static Proc1<Func1<String, Boolean>> fields(String s) {
        return fieldsFunc(s, Categories::isSpace);
    }

    /** The runs of runes for which f is false (invalid bytes are U+FFFD to f). */
    static Proc1<Func1<String, Boolean>> fieldsFunc(String s, Func1<Integer, Boolean> f) {
        return yield -> {
            int start = -1;
            for (int i = 0; i < s.length(); ) {
                long d = GoStrings.decodeRune(s, i);
                if (f.call(GoStrings.rune(d))) {
                    if (start >= 0) {
                        if (!yield.call(s.substring(start, i))) {
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
                yield.call(s.substring(start));
            }
        };
    }
}
