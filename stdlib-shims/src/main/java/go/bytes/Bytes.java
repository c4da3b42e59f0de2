// Package bytes: the functions over []byte that mirror package strings, returning subslices where Go does.
package go.bytes;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.Func1;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Proc1;
import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.strings.Strings;
import go.unicode.Categories;
import go.unicode.utf8.Utf8;

/**
 * Go's package bytes. Searches run on the bytes as a Go string (one char per byte) with the
 * strings shim; results that Go returns as subslices of the argument are subslices here too
 * (same array, Go's capacities: pieces of Split and Fields are capped at their length, the
 * last piece of Split keeps the rest), and nil results are nil where Go's are.
 */
public final class Bytes {
    private Bytes() {}

    /** MinRead: the minimum slice size Buffer.ReadFrom passes to Read. */
    public static final long MinRead = Buffer.MIN_READ;
    /** ErrTooLarge: passed to panic when memory cannot be allocated for a Buffer. */
    public static final GoError ErrTooLarge = Buffer.ErrTooLarge;

    /** The element descriptor of {@code [][]byte}. */
    private static final ElemType<ByteSlice> BYTES = ElemType.slice(ByteSlice.NIL);

    private static String str(ByteSlice b) {
        return b.toGoString();
    }

    public static Buffer NewBuffer(ByteSlice buf) {
        return Buffer.NewBuffer(buf);
    }

    public static Buffer NewBufferString(String s) {
        return Buffer.NewBufferString(s);
    }

    public static Reader NewReader(ByteSlice b) {
        return Reader.NewReader(b);
    }

    // ---- comparing and searching ----

    public static long Compare(ByteSlice a, ByteSlice b) {
        return Strings.Compare(str(a), str(b));
    }

    /** Same length and bytes; nil equals empty. */
    public static boolean Equal(ByteSlice a, ByteSlice b) {
        return str(a).equals(str(b));
    }

    public static boolean EqualFold(ByteSlice s, ByteSlice t) {
        return Strings.EqualFold(str(s), str(t));
    }

    public static boolean Contains(ByteSlice b, ByteSlice subslice) {
        return str(b).contains(str(subslice));
    }

    public static boolean ContainsAny(ByteSlice b, String chars) {
        return Strings.ContainsAny(str(b), chars);
    }

    public static boolean ContainsRune(ByteSlice b, int r) {
        return Strings.ContainsRune(str(b), r);
    }

    public static boolean ContainsFunc(ByteSlice b, Func1<Integer, Boolean> f) {
        return Strings.ContainsFunc(str(b), f);
    }

    public static long Count(ByteSlice s, ByteSlice sep) {
        return Strings.Count(str(s), str(sep));
    }

    public static boolean HasPrefix(ByteSlice s, ByteSlice prefix) {
        return str(s).startsWith(str(prefix));
    }

    public static boolean HasSuffix(ByteSlice s, ByteSlice suffix) {
        return str(s).endsWith(str(suffix));
    }

    public static long Index(ByteSlice s, ByteSlice sep) {
        return str(s).indexOf(str(sep));
    }

    public static long IndexAny(ByteSlice s, String chars) {
        return Strings.IndexAny(str(s), chars);
    }

    public static long IndexByte(ByteSlice b, byte c) {
        return Strings.IndexByte(str(b), c);
    }

    public static long IndexFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        return Strings.IndexFunc(str(s), f);
    }

    public static long IndexRune(ByteSlice s, int r) {
        return Strings.IndexRune(str(s), r);
    }

    public static long LastIndex(ByteSlice s, ByteSlice sep) {
        return str(s).lastIndexOf(str(sep));
    }

    public static long LastIndexAny(ByteSlice s, String chars) {
        return Strings.LastIndexAny(str(s), chars);
    }

    public static long LastIndexByte(ByteSlice s, byte c) {
        return Strings.LastIndexByte(str(s), c);
    }

    public static long LastIndexFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        return Strings.LastIndexFunc(str(s), f);
    }

    // ---- splitting and joining ----

    private static Slice<ByteSlice> pieces(ByteSlice[] a, int n) {
        return Slice.of(BYTES, a).slice(0, n);
    }

    /** Go's genSplit over the slice: pieces capped at their length, the last keeps the rest. */
    private static Slice<ByteSlice> genSplit(ByteSlice s, ByteSlice sepSlice, int sepSave, long n) {
        if (n == 0) {
            return Slice.nil(BYTES);
        }
        if (sepSlice.len() == 0) {
            return explode(s, n);
        }
        String str = str(s);
        String sep = str(sepSlice);
        if (n < 0) {
            n = Strings.Count(str, sep) + 1;
        }
        if (n > str.length() + 1) {
            n = str.length() + 1;
        }
        ByteSlice[] a = new ByteSlice[(int) n];
        n--;
        int i = 0;
        int pos = 0;
        while (i < n) {
            int m = str.indexOf(sep, pos);
            if (m < 0) {
                break;
            }
            a[i] = s.slice3(pos, m + sepSave, m + sepSave);
            pos = m + sep.length();
            i++;
        }
        a[i] = s.slice(pos, s.len());
        for (int k = i + 1; k < a.length; k++) {
            a[k] = ByteSlice.NIL;
        }
        return pieces(a, i + 1);
    }

    /** UTF-8 sequences (an invalid byte alone), at most n pieces, each capped at its length but the last. */
    private static Slice<ByteSlice> explode(ByteSlice s, long n) {
        String str = str(s);
        if (n <= 0 || n > str.length()) {
            n = str.length(); // Go bounds n by the bytes, so the array may be longer than the runes
        }
        ByteSlice[] a = new ByteSlice[(int) n];
        int pos = 0;
        int na = 0;
        while (pos < str.length()) {
            if (na + 1 >= n) {
                a[na] = s.slice(pos, s.len());
                na++;
                break;
            }
            int size = GoStrings.width(GoStrings.decodeRune(str, pos));
            a[na] = s.slice3(pos, pos + size, pos + size);
            pos += size;
            na++;
        }
        return pieces(a, na);
    }

    public static Slice<ByteSlice> Split(ByteSlice s, ByteSlice sep) {
        return genSplit(s, sep, 0, -1);
    }

    public static Slice<ByteSlice> SplitN(ByteSlice s, ByteSlice sep, long n) {
        return genSplit(s, sep, 0, n);
    }

    public static Slice<ByteSlice> SplitAfter(ByteSlice s, ByteSlice sep) {
        return genSplit(s, sep, (int) sep.len(), -1);
    }

    public static Slice<ByteSlice> SplitAfterN(ByteSlice s, ByteSlice sep, long n) {
        return genSplit(s, sep, (int) sep.len(), n);
    }

    public static Slice<ByteSlice> Fields(ByteSlice s) {
        return FieldsFunc(s, Categories::isSpace);
    }

    /** The runs of runes for which f is false, each capped at its length. */
    public static Slice<ByteSlice> FieldsFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        String str = str(s);
        java.util.List<ByteSlice> fields = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < str.length(); ) {
            long d = GoStrings.decodeRune(str, i);
            int w = GoStrings.width(d);
            if (f.call(GoStrings.rune(d))) {
                if (start >= 0) {
                    fields.add(s.slice3(start, i, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            fields.add(s.slice3(start, str.length(), str.length()));
        }
        return pieces(fields.toArray(new ByteSlice[0]), fields.size());
    }

    /** The elements joined with sep, as a new slice; no elements give an empty (non-nil) slice. */
    public static ByteSlice Join(Slice<ByteSlice> s, ByteSlice sep) {
        if (s.len() == 0) {
            return ByteSlice.make(0);
        }
        if (s.len() == 1) {
            return ByteSlice.appendSlice(ByteSlice.NIL, s.get(0));
        }
        StringBuilder b = new StringBuilder();
        String sepStr = str(sep);
        for (long i = 0; i < s.len(); i++) {
            if (i > 0) {
                b.append(sepStr);
            }
            b.append(str(s.get(i)));
        }
        return exact(b.toString());
    }

    /** A new slice holding the bytes of s, len == cap (Go's make then copy). */
    private static ByteSlice exact(String s) {
        ByteSlice b = ByteSlice.make(s.length());
        ByteSlice.copy(b, s);
        return b;
    }

    public static Tuple3<ByteSlice, ByteSlice, Boolean> Cut(ByteSlice s, ByteSlice sep) {
        int i = str(s).indexOf(str(sep));
        if (i >= 0) {
            return new Tuple3<>(s.slice(0, i), s.slice(i + sep.len(), s.len()), true);
        }
        return new Tuple3<>(s, ByteSlice.NIL, false);
    }

    public static Tuple2<ByteSlice, Boolean> CutPrefix(ByteSlice s, ByteSlice prefix) {
        if (!HasPrefix(s, prefix)) {
            return new Tuple2<>(s, false);
        }
        return new Tuple2<>(s.slice(prefix.len(), s.len()), true);
    }

    public static Tuple2<ByteSlice, Boolean> CutSuffix(ByteSlice s, ByteSlice suffix) {
        if (!HasSuffix(s, suffix)) {
            return new Tuple2<>(s, false);
        }
        return new Tuple2<>(s.slice(0, s.len() - suffix.len()), true);
    }

    // ---- building new slices ----

    public static ByteSlice Repeat(ByteSlice b, long count) {
        if (count < 0) {
            throw new GoPanic("bytes: negative Repeat count");
        }
        if (count > 0 && b.len() > Integer.MAX_VALUE / count) {
            throw new GoPanic("bytes: Repeat output length overflow");
        }
        return exact(str(b).repeat((int) count));
    }

    /** A copy with the first n instances of old replaced; always a new slice (a copy even when nothing changes). */
    public static ByteSlice Replace(ByteSlice s, ByteSlice old, ByteSlice repl, long n) {
        if (n == 0 || Count(s, old) == 0) {
            return ByteSlice.appendSlice(ByteSlice.NIL, s);
        }
        return exact(Strings.Replace(str(s), str(old), str(repl), n));
    }

    public static ByteSlice ReplaceAll(ByteSlice s, ByteSlice old, ByteSlice repl) {
        return Replace(s, old, repl, -1);
    }

    /** Each rune mapped; negative results dropped; always a new slice. */
    public static ByteSlice Map(Func1<Integer, Integer> mapping, ByteSlice s) {
        String in = str(s);
        ByteSlice b = ByteSlice.make(0, in.length());
        for (int i = 0; i < in.length(); ) {
            long d = GoStrings.decodeRune(in, i);
            int r = mapping.call(GoStrings.rune(d));
            if (r >= 0) {
                b = Utf8.AppendRune(b, r); // rune by rune, so the capacity grows as Go's does
            }
            i += GoStrings.width(d);
        }
        return b;
    }

    public static ByteSlice ToUpper(ByteSlice s) {
        return isASCII(s) ? exact(Strings.ToUpper(str(s))) : Map(go.unicode.Unicode::ToUpper, s);
    }

    public static ByteSlice ToLower(ByteSlice s) {
        return isASCII(s) ? exact(Strings.ToLower(str(s))) : Map(go.unicode.Unicode::ToLower, s);
    }

    public static ByteSlice ToTitle(ByteSlice s) {
        return Map(go.unicode.Unicode::ToTitle, s);
    }

    /** Each word's first letter in title case (deprecated in Go). */
    public static ByteSlice Title(ByteSlice s) {
        String mapped = Strings.Title(str(s));
        // Go maps through Map; redo it rune by rune on the mapped text for Map's capacities.
        ByteSlice b = ByteSlice.make(0, s.len());
        for (int i = 0; i < mapped.length(); ) {
            long d = GoStrings.decodeRune(mapped, i);
            b = Utf8.AppendRune(b, GoStrings.rune(d));
            i += GoStrings.width(d);
        }
        return b;
    }

    /** Whether all bytes are ASCII (Go's fast path for ToUpper/ToLower makes exactly len(s) bytes). */
    private static boolean isASCII(ByteSlice s) {
        String in = str(s);
        for (int i = 0; i < in.length(); i++) {
            if (in.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The runes of s. */
    public static IntSlice Runes(ByteSlice s) {
        String in = str(s);
        int[] runes = new int[(int) GoStrings.runeCount(in)];
        for (int i = 0, k = 0; i < in.length(); k++) {
            long d = GoStrings.decodeRune(in, i);
            runes[k] = GoStrings.rune(d);
            i += GoStrings.width(d);
        }
        return IntSlice.of(runes);
    }

    /** A copy of b; nil for nil. */
    public static ByteSlice Clone(ByteSlice b) {
        if (b.isNil()) {
            return ByteSlice.NIL;
        }
        return ByteSlice.appendSlice(ByteSlice.make(0), b);
    }

    // ---- trimming: subslices of s ----

    /** s[lo : lo+len(kept)] where kept is s's string trimmed; {@code left} is the trimmed-left string. */
    private static ByteSlice sub(ByteSlice s, String whole, String left, String kept) {
        long lo = whole.length() - left.length();
        return s.slice(lo, lo + kept.length());
    }

    public static ByteSlice Trim(ByteSlice s, String cutset) {
        if (s.len() == 0) {
            return ByteSlice.NIL;
        }
        if (cutset.isEmpty()) {
            return s;
        }
        String whole = str(s);
        String left = Strings.TrimLeft(whole, cutset);
        if (left.isEmpty()) {
            return ByteSlice.NIL;
        }
        return sub(s, whole, left, Strings.TrimRight(left, cutset));
    }

    public static ByteSlice TrimLeft(ByteSlice s, String cutset) {
        if (s.len() == 0) {
            return ByteSlice.NIL;
        }
        if (cutset.isEmpty()) {
            return s;
        }
        String whole = str(s);
        String left = Strings.TrimLeft(whole, cutset);
        return left.isEmpty() ? ByteSlice.NIL : sub(s, whole, left, left);
    }

    public static ByteSlice TrimRight(ByteSlice s, String cutset) {
        if (s.len() == 0 || cutset.isEmpty()) {
            return s;
        }
        return s.slice(0, Strings.TrimRight(str(s), cutset).length());
    }

    public static ByteSlice TrimSpace(ByteSlice s) {
        String whole = str(s);
        String left = Strings.TrimSpace(whole);
        if (left.isEmpty()) {
            return ByteSlice.NIL;
        }
        return sub(s, whole, Strings.TrimLeftFunc(whole, Categories::isSpace), left);
    }

    public static ByteSlice TrimFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        return TrimRightFunc(TrimLeftFunc(s, f), f);
    }

    public static ByteSlice TrimLeftFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        String whole = str(s);
        String left = Strings.TrimLeftFunc(whole, f);
        return left.isEmpty() ? ByteSlice.NIL : sub(s, whole, left, left);
    }

    public static ByteSlice TrimRightFunc(ByteSlice s, Func1<Integer, Boolean> f) {
        return s.slice(0, Strings.TrimRightFunc(str(s), f).length());
    }

    public static ByteSlice TrimPrefix(ByteSlice s, ByteSlice prefix) {
        return HasPrefix(s, prefix) ? s.slice(prefix.len(), s.len()) : s;
    }

    public static ByteSlice TrimSuffix(ByteSlice s, ByteSlice suffix) {
        return HasSuffix(s, suffix) ? s.slice(0, s.len() - suffix.len()) : s;
    }

    // ---- iterators (ByteSeqs) ----

    public static Proc1<Func1<ByteSlice, Boolean>> Lines(ByteSlice s) {
        return ByteSeqs.lines(s);
    }

    public static Proc1<Func1<ByteSlice, Boolean>> SplitSeq(ByteSlice s, ByteSlice sep) {
        return ByteSeqs.split(s, sep, 0);
    }

    public static Proc1<Func1<ByteSlice, Boolean>> SplitAfterSeq(ByteSlice s, ByteSlice sep) {
        return ByteSeqs.split(s, sep, sep.len());
    }

    public static Proc1<Func1<ByteSlice, Boolean>> FieldsSeq(ByteSlice s) {
        return ByteSeqs.fields(s);
    }

    public static Proc1<Func1<ByteSlice, Boolean>> FieldsFuncSeq(ByteSlice s, Func1<Integer, Boolean> f) {
        return ByteSeqs.fieldsFunc(s, f);
    }

    // ---- special cases and repair ----

    public static ByteSlice ToUpperSpecial(Slice<go.unicode.CaseRange> c, ByteSlice s) {
        return Map(r -> go.unicode.Unicode.SpecialCase_ToUpper(c, r), s);
    }

    public static ByteSlice ToLowerSpecial(Slice<go.unicode.CaseRange> c, ByteSlice s) {
        return Map(r -> go.unicode.Unicode.SpecialCase_ToLower(c, r), s);
    }

    public static ByteSlice ToTitleSpecial(Slice<go.unicode.CaseRange> c, ByteSlice s) {
        return Map(r -> go.unicode.Unicode.SpecialCase_ToTitle(c, r), s);
    }

    /** A new slice: s with each run of invalid UTF-8 bytes replaced by one copy of replacement. */
    public static ByteSlice ToValidUTF8(ByteSlice s, ByteSlice replacement) {
        String in = str(s), rep = str(replacement);
        StringBuilder b = new StringBuilder(in.length() + rep.length());
        boolean invalid = false;
        for (int i = 0; i < in.length(); ) {
            char c = in.charAt(i);
            if (c < 0x80) {
                i++;
                invalid = false;
                b.append(c);
                continue;
            }
            int w = GoStrings.width(GoStrings.decodeRune(in, i));
            if (w == 1) {
                i++;
                if (!invalid) {
                    invalid = true;
                    b.append(rep);
                }
                continue;
            }
            invalid = false;
            b.append(in, i, i + w);
            i += w;
        }
        ByteSlice out = ByteSlice.make(0, s.len() + replacement.len());
        return ByteSlice.appendString(out, b.toString());
    }
}
