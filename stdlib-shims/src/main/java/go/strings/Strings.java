// Package strings: searching, splitting, joining, trimming, case mapping and replacing in Go byte strings.
package go.strings;

import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.Func1;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Proc1;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.unicode.Categories;
import go.unicode.Unicode;

/**
 * Go's package strings. Strings are Go byte strings (one char per byte), so byte searches are
 * Java's own {@code indexOf}; rune operations decode UTF-8 as Go does (an invalid byte is
 * U+FFFD of width 1, and functions that rebuild the string write it as U+FFFD's encoding).
 * Functions returning {@code []string} return {@code Slice<String>} with Go's capacities.
 */
public final class Strings {
    private Strings() {}

    private static final int RUNE_ERROR = GoStrings.RUNE_ERROR;

    /** The rune at byte {@code i} and its width, packed as GoStrings.decodeRune does. */
    private static long decode(String s, int i) {
        char c = s.charAt(i);
        return c < 0x80 ? (1L << 32) | c : GoStrings.decodeRune(s, i);
    }

    private static Slice<String> slice(String[] a, int len) {
        return Slice.of(ElemType.STRING, a).slice(0, len);
    }

    // ---- searching ----

    public static boolean Contains(String s, String substr) {
        return s.contains(substr);
    }

    public static boolean ContainsRune(String s, int r) {
        return IndexRune(s, r) >= 0;
    }

    public static boolean ContainsAny(String s, String chars) {
        return IndexAny(s, chars) >= 0;
    }

    public static boolean ContainsFunc(String s, Func1<Integer, Boolean> f) {
        return IndexFunc(s, f) >= 0;
    }

    public static boolean HasPrefix(String s, String prefix) {
        return s.startsWith(prefix);
    }

    public static boolean HasSuffix(String s, String suffix) {
        return s.endsWith(suffix);
    }

    public static long Index(String s, String substr) {
        return s.indexOf(substr);
    }

    public static long LastIndex(String s, String substr) {
        return s.lastIndexOf(substr);
    }

    public static long IndexByte(String s, byte c) {
        return s.indexOf(c & 0xff);
    }

    public static long LastIndexByte(String s, byte c) {
        return s.lastIndexOf(c & 0xff);
    }

    /** The first index of the rune; for RuneError the first invalid byte or U+FFFD; -1 for an invalid rune. */
    public static long IndexRune(String s, int r) {
        if (r >= 0 && r < 0x80) {
            return s.indexOf(r);
        }
        if (r == RUNE_ERROR) {
            for (int i = 0; i < s.length(); ) {
                long d = decode(s, i);
                if (GoStrings.rune(d) == RUNE_ERROR) {
                    return i;
                }
                i += GoStrings.width(d);
            }
            return -1;
        }
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return -1;
        }
        return s.indexOf(GoStrings.fromRune(r));
    }

    /** The index of the first rune of {@code s} that is in {@code chars}. */
    public static long IndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            if (IndexRune(chars, GoStrings.rune(d)) >= 0) {
                return i;
            }
            i += GoStrings.width(d);
        }
        return -1;
    }

    /** The index of the last rune of {@code s} that is in {@code chars}. */
    public static long LastIndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = s.length(); i > 0; ) {
            Tuple2<Integer, Long> last = go.unicode.utf8.Utf8.DecodeLastRuneInString(s.substring(0, i));
            i -= last.v1();
            if (IndexRune(chars, last.v0()) >= 0) {
                return i;
            }
        }
        return -1;
    }

    public static long IndexFunc(String s, Func1<Integer, Boolean> f) {
        return indexFunc(s, f, true);
    }

    public static long LastIndexFunc(String s, Func1<Integer, Boolean> f) {
        return lastIndexFunc(s, f, true);
    }

    private static int indexFunc(String s, Func1<Integer, Boolean> f, boolean truth) {
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            if (f.call(GoStrings.rune(d)) == truth) {
                return i;
            }
            i += GoStrings.width(d);
        }
        return -1;
    }

    private static int lastIndexFunc(String s, Func1<Integer, Boolean> f, boolean truth) {
        for (int i = s.length(); i > 0; ) {
            Tuple2<Integer, Long> last = go.unicode.utf8.Utf8.DecodeLastRuneInString(s.substring(0, i));
            i -= last.v1();
            if (f.call(last.v0()) == truth) {
                return i;
            }
        }
        return -1;
    }

    /** Non-overlapping instances of {@code substr}; for "" one more than the number of runes. */
    public static long Count(String s, String substr) {
        if (substr.isEmpty()) {
            return GoStrings.runeCount(s) + 1;
        }
        long n = 0;
        for (int i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length())) {
            n++;
        }
        return n;
    }

    public static long Compare(String a, String b) {
        return Integer.signum(a.compareTo(b));
    }

    /** Equality under simple Unicode case folding. */
    public static boolean EqualFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            long ds = decode(s, i);
            long dt = decode(t, j);
            i += GoStrings.width(ds);
            j += GoStrings.width(dt);
            int sr = GoStrings.rune(ds);
            int tr = GoStrings.rune(dt);
            if (sr == tr) {
                continue;
            }
            if (tr < sr) {
                int x = tr;
                tr = sr;
                sr = x;
            }
            if (tr < 0x80) {
                if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') {
                    continue;
                }
                return false;
            }
            // The orbit of sr: walk it to find tr.
            int r = Unicode.SimpleFold(sr);
            while (r != sr && r < tr) {
                r = Unicode.SimpleFold(r);
            }
            if (r == tr) {
                continue;
            }
            return false;
        }
        return i == s.length() && j == t.length();
    }

    // ---- splitting and joining ----

    /** Go's genSplit: at most n pieces, each keeping {@code sepSave} bytes of the separator. */
    private static Slice<String> genSplit(String s, String sep, int sepSave, long n) {
        if (n == 0) {
            return Slice.nil(ElemType.STRING);
        }
        if (sep.isEmpty()) {
            return explode(s, n);
        }
        if (n < 0) {
            n = Count(s, sep) + 1;
        }
        if (n > s.length() + 1) {
            n = s.length() + 1;
        }
        String[] a = new String[(int) n];
        n--;
        int i = 0;
        while (i < n) {
            int m = s.indexOf(sep);
            if (m < 0) {
                break;
            }
            a[i] = s.substring(0, m + sepSave);
            s = s.substring(m + sep.length());
            i++;
        }
        a[i] = s;
        for (int k = i + 1; k < a.length; k++) {
            a[k] = "";
        }
        return slice(a, i + 1);
    }

    /** Splits into UTF-8 sequences (an invalid byte alone), at most n pieces. */
    private static Slice<String> explode(String s, long n) {
        long l = GoStrings.runeCount(s);
        if (n < 0 || n > l) {
            n = l;
        }
        String[] a = new String[(int) n];
        for (int i = 0; i < n - 1; i++) {
            int size = GoStrings.width(decode(s, 0));
            a[i] = s.substring(0, size);
            s = s.substring(size);
        }
        if (n > 0) {
            a[(int) n - 1] = s;
        }
        return slice(a, (int) n);
    }

    public static Slice<String> Split(String s, String sep) {
        return genSplit(s, sep, 0, -1);
    }

    public static Slice<String> SplitN(String s, String sep, long n) {
        return genSplit(s, sep, 0, n);
    }

    public static Slice<String> SplitAfter(String s, String sep) {
        return genSplit(s, sep, sep.length(), -1);
    }

    public static Slice<String> SplitAfterN(String s, String sep, long n) {
        return genSplit(s, sep, sep.length(), n);
    }

    /** The runs of non-space runes (unicode.IsSpace). */
    public static Slice<String> Fields(String s) {
        return FieldsFunc(s, Categories::isSpace);
    }

    /** The runs of runes for which {@code f} is false. */
    public static Slice<String> FieldsFunc(String s, Func1<Integer, Boolean> f) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            int w = GoStrings.width(d);
            if (f.call(GoStrings.rune(d))) {
                if (start >= 0) {
                    fields.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            fields.add(s.substring(start));
        }
        return slice(fields.toArray(new String[0]), fields.size());
    }

    public static String Join(Slice<String> elems, String sep) {
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < elems.len(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(elems.get(i));
        }
        return sb.toString();
    }

    public static Tuple3<String, String, Boolean> Cut(String s, String sep) {
        int i = s.indexOf(sep);
        if (i >= 0) {
            return new Tuple3<>(s.substring(0, i), s.substring(i + sep.length()), true);
        }
        return new Tuple3<>(s, "", false);
    }

    public static Tuple2<String, Boolean> CutPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? new Tuple2<>(s.substring(prefix.length()), true) : new Tuple2<>(s, false);
    }

    public static Tuple2<String, Boolean> CutSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? new Tuple2<>(s.substring(0, s.length() - suffix.length()), true) : new Tuple2<>(s, false);
    }

    // ---- building ----

    public static String Repeat(String s, long count) {
        if (count < 0) {
            throw new GoPanic("strings: negative Repeat count");
        }
        if (count > 0 && s.length() > Integer.MAX_VALUE / count) {
            throw new GoPanic("strings: Repeat output length overflow");
        }
        return s.repeat((int) count);
    }

    /** The first n (all if n < 0) non-overlapping instances of old replaced; an empty old matches at every rune boundary. */
    public static String Replace(String s, String old, String repl, long n) {
        if (old.equals(repl) || n == 0) {
            return s;
        }
        long m = Count(s, old);
        if (m == 0) {
            return s;
        }
        if (n < 0 || m < n) {
            n = m;
        }
        StringBuilder b = new StringBuilder(s.length() + (int) n * (repl.length() - old.length()));
        int start = 0;
        for (long i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += GoStrings.width(decode(s, start));
                }
            } else {
                j = s.indexOf(old, start);
            }
            b.append(s, start, j).append(repl);
            start = j + old.length();
        }
        b.append(s, start, s.length());
        return b.toString();
    }

    public static String ReplaceAll(String s, String old, String repl) {
        return Replace(s, old, repl, -1);
    }

    /** Each rune replaced by mapping(rune); negative results are dropped; invalid bytes become U+FFFD. */
    public static String Map(Func1<Integer, Integer> mapping, String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            int c = GoStrings.rune(d);
            int w = GoStrings.width(d);
            int r = mapping.call(c);
            if (b == null) {
                if (r == c && !(c == RUNE_ERROR && w == 1)) {
                    i += w;
                    continue;
                }
                b = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (r >= 0) {
                if (r < 0x80) {
                    b.append((char) r);
                } else {
                    b.append(GoStrings.fromRune(r));
                }
            }
            i += w;
        }
        return b == null ? s : b.toString();
    }

    public static String ToUpper(String s) {
        if (isASCII(s)) {
            return asciiMap(s, 'a', 'z', -32);
        }
        return Map(Categories::toUpper, s);
    }

    public static String ToLower(String s) {
        if (isASCII(s)) {
            return asciiMap(s, 'A', 'Z', 32);
        }
        return Map(Categories::toLower, s);
    }

    public static String ToTitle(String s) {
        return Map(Categories::toTitle, s);
    }

    private static boolean isASCII(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String asciiMap(String s, char lo, char hi, int delta) {
        char[] c = s.toCharArray();
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= lo && c[i] <= hi) {
                c[i] += (char) delta;
                changed = true;
            }
        }
        return changed ? new String(c) : s;
    }

    // ---- trimming ----

    public static String TrimSpace(String s) {
        return TrimFunc(s, Categories::isSpace);
    }

    public static String TrimFunc(String s, Func1<Integer, Boolean> f) {
        return TrimRightFunc(TrimLeftFunc(s, f), f);
    }

    public static String TrimLeftFunc(String s, Func1<Integer, Boolean> f) {
        int i = indexFunc(s, f, false);
        return i < 0 ? "" : s.substring(i);
    }

    public static String TrimRightFunc(String s, Func1<Integer, Boolean> f) {
        int i = lastIndexFunc(s, f, false);
        if (i >= 0) {
            i += GoStrings.width(decode(s, i));
        } else {
            i = 0;
        }
        return s.substring(0, i);
    }

    /** Leading and trailing runes contained in {@code cutset} removed. */
    public static String Trim(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        return TrimRight(TrimLeft(s, cutset), cutset);
    }

    public static String TrimLeft(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        return TrimLeftFunc(s, r -> IndexRune(cutset, r) >= 0);
    }

    public static String TrimRight(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        return TrimRightFunc(s, r -> IndexRune(cutset, r) >= 0);
    }

    public static String TrimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    public static String TrimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** A fresh copy of s (its own string object, so unsafe.StringData tells them apart); "" stays "". */
    public static String Clone(String s) {
        return s.isEmpty() ? "" : new String(s);
    }

    // ---- constructors of the package's types ----

    public static Reader NewReader(String s) {
        return Reader.NewReader(s);
    }

    public static Replacer NewReplacer(String... oldnew) {
        return Replacer.NewReplacer(oldnew);
    }

    // ---- Title (deprecated in Go, kept for old programs) ----

    /** Go's isSeparator: ASCII letters, digits and underscore are not; other ASCII is; beyond ASCII, spaces are. */
    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            return !(('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_');
        }
        if (Unicode.IsLetter(r) || Unicode.IsDigit(r)) {
            return false;
        }
        return Unicode.IsSpace(r);
    }

    /** Each word's first letter mapped to title case (words begin after separators). */
    public static String Title(String s) {
        int[] prev = {' '};
        return Map(r -> {
            if (isSeparator(prev[0])) {
                prev[0] = r;
                return Unicode.ToTitle(r);
            }
            prev[0] = r;
            return r;
        }, s);
    }

    // ---- iterators (StringSeqs) ----

    public static Proc1<Func1<String, Boolean>> Lines(String s) {
        return StringSeqs.lines(s);
    }

    public static Proc1<Func1<String, Boolean>> SplitSeq(String s, String sep) {
        return StringSeqs.split(s, sep, 0);
    }

    public static Proc1<Func1<String, Boolean>> SplitAfterSeq(String s, String sep) {
        return StringSeqs.split(s, sep, sep.length());
    }

    public static Proc1<Func1<String, Boolean>> FieldsSeq(String s) {
        return StringSeqs.fields(s);
    }

    public static Proc1<Func1<String, Boolean>> FieldsFuncSeq(String s, Func1<Integer, Boolean> f) {
        return StringSeqs.fieldsFunc(s, f);
    }

    // ---- special cases and repair ----

    public static String ToUpperSpecial(Slice<go.unicode.CaseRange> c, String s) {
        return Map(r -> Unicode.SpecialCase_ToUpper(c, r), s);
    }

    public static String ToLowerSpecial(Slice<go.unicode.CaseRange> c, String s) {
        return Map(r -> Unicode.SpecialCase_ToLower(c, r), s);
    }

    public static String ToTitleSpecial(Slice<go.unicode.CaseRange> c, String s) {
        return Map(r -> Unicode.SpecialCase_ToTitle(c, r), s);
    }

    /** s with each run of invalid UTF-8 bytes replaced by one copy of replacement; s itself when valid. */
    public static String ToValidUTF8(String s, String replacement) {
        StringBuilder b = new StringBuilder(s.length() + replacement.length());
        boolean changed = false, invalid = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                i++;
                invalid = false;
                b.append(c);
                continue;
            }
            int w = GoStrings.width(GoStrings.decodeRune(s, i));
            if (w == 1) {
                i++;
                changed = true;
                if (!invalid) {
                    invalid = true;
                    b.append(replacement);
                }
                continue;
            }
            invalid = false;
            b.append(s, i, i + w);
            i += w;
        }
        return changed ? b.toString() : s;
    }
}
