// Package unicode: character classes and case mappings with Go's Unicode 15.0 tables.
package go.unicode;

/** Go's package unicode: the predicates and case mappings; see {@link Categories} for the tables. */
public final class Unicode extends Tables {
    private Unicode() {}

    /** The Unicode version of Go's tables. */
    public static final String Version = "15.0.0";
    public static final int MaxRune = 0x10FFFF;
    public static final int ReplacementChar = 0xFFFD;
    public static final int MaxASCII = 0x7F;
    public static final int MaxLatin1 = 0xFF;
    /** The case of a CaseRange mapping: indexes for To. */
    public static final long UpperCase = 0;
    public static final long LowerCase = 1;
    public static final long TitleCase = 2;

    public static boolean IsLetter(int r) {
        return Categories.isLetter(r);
    }

    public static boolean IsDigit(int r) {
        return r >= '0' && r <= '9' || r > 0xFF && Categories.isDigit(r);
    }

    public static boolean IsNumber(int r) {
        return Categories.isNumber(r);
    }

    public static boolean IsSpace(int r) {
        return Categories.isSpace(r);
    }

    public static boolean IsUpper(int r) {
        return Categories.type(r) == Character.UPPERCASE_LETTER;
    }

    public static boolean IsLower(int r) {
        return Categories.type(r) == Character.LOWERCASE_LETTER;
    }

    public static boolean IsTitle(int r) {
        return Categories.type(r) == Character.TITLECASE_LETTER;
    }

    public static boolean IsPunct(int r) {
        return Categories.isPunct(r);
    }

    public static boolean IsSymbol(int r) {
        return Categories.isSymbol(r);
    }

    public static boolean IsMark(int r) {
        return Categories.isMark(r);
    }

    public static boolean IsControl(int r) {
        return Categories.type(r) == Character.CONTROL;
    }

    public static boolean IsGraphic(int r) {
        return Categories.isGraphic(r);
    }

    public static boolean IsPrint(int r) {
        return Categories.isPrint(r);
    }

    public static int ToUpper(int r) {
        return Categories.toUpper(r);
    }

    public static int ToLower(int r) {
        return Categories.toLower(r);
    }

    public static int ToTitle(int r) {
        return Categories.toTitle(r);
    }

    /** {@code To(_case, r)}: UpperCase, LowerCase or TitleCase; another case gives ReplacementChar. */
    public static int To(long c, int r) {
        return switch ((int) c) {
            case 0 -> ToUpper(r);
            case 1 -> ToLower(r);
            case 2 -> ToTitle(r);
            default -> ReplacementChar;
        };
    }

    /**
     * The next rune in Go's simple case folding orbit of {@code r} (r itself when it has none):
     * 'A' → 'a' → 'A', 'K' → 'k' → U+212A (Kelvin) → 'K'.
     */
    public static int SimpleFold(int r) {
        if (r < 0 || r > MaxRune) {
            return r;
        }
        return CaseFolding.next(r);
    }

    // ---- range tables (Tables holds Go's own, loaded by TableData) ----

    /** Whether r is in the table; searched as Go's Is does (linearly for short tables and Latin-1 runes). */
    public static boolean Is(RangeTable rangeTab, int r) {
        var r16 = rangeTab.R16;
        if (r16.len() > 0 && Integer.compareUnsigned(r, Short.toUnsignedInt(r16.get(r16.len() - 1).Hi)) <= 0) {
            return is16(r16, r);
        }
        var r32 = rangeTab.R32;
        if (r32.len() > 0 && r >= r32.get(0).Lo) {
            return is32(r32, r);
        }
        return false;
    }

    /** Go's linearMax: tables up to this length are searched linearly. */
    private static final int LINEAR_MAX = 18;

    private static boolean is16(dev.goloom.runtime.Slice<Range16> ranges, int r) {
        if (ranges.len() <= LINEAR_MAX || r <= MaxLatin1) {
            for (long i = 0; i < ranges.len(); i++) {
                Range16 range = ranges.get(i);
                int lo = Short.toUnsignedInt(range.Lo), hi = Short.toUnsignedInt(range.Hi);
                if (r < lo) {
                    return false;
                }
                if (r <= hi) {
                    return range.Stride == 1 || (r - lo) % Short.toUnsignedInt(range.Stride) == 0;
                }
            }
            return false;
        }
        long lo = 0, hi = ranges.len();
        while (lo < hi) {
            long m = lo + (hi - lo) / 2;
            Range16 range = ranges.get(m);
            int rlo = Short.toUnsignedInt(range.Lo), rhi = Short.toUnsignedInt(range.Hi);
            if (rlo <= r && r <= rhi) {
                return range.Stride == 1 || (r - rlo) % Short.toUnsignedInt(range.Stride) == 0;
            }
            if (r < rlo) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return false;
    }

    private static boolean is32(dev.goloom.runtime.Slice<Range32> ranges, int r) {
        if (ranges.len() <= LINEAR_MAX) {
            for (long i = 0; i < ranges.len(); i++) {
                Range32 range = ranges.get(i);
                if (Integer.compareUnsigned(r, range.Lo) < 0) {
                    return false;
                }
                if (Integer.compareUnsigned(r, range.Hi) <= 0) {
                    return range.Stride == 1 || Integer.remainderUnsigned(r - range.Lo, range.Stride) == 0;
                }
            }
            return false;
        }
        long lo = 0, hi = ranges.len();
        while (lo < hi) {
            long m = lo + (hi - lo) / 2;
            Range32 range = ranges.get(m);
            if (Integer.compareUnsigned(range.Lo, r) <= 0 && Integer.compareUnsigned(r, range.Hi) <= 0) {
                return range.Stride == 1 || Integer.remainderUnsigned(r - range.Lo, range.Stride) == 0;
            }
            if (Integer.compareUnsigned(r, range.Lo) < 0) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return false;
    }

    /** Whether r is in one of the tables. */
    public static boolean In(int r, RangeTable... ranges) {
        for (RangeTable t : ranges) {
            if (Is(t, r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether r is in one of the tables (In is preferred in Go). */
    public static boolean IsOneOf(dev.goloom.runtime.Slice<RangeTable> ranges, int r) {
        for (long i = 0; i < ranges.len(); i++) {
            if (Is(ranges.get(i), r)) {
                return true;
            }
        }
        return false;
    }

    // ---- special cases (SpecialCase is []CaseRange; its methods are static, receiver first) ----

    /** The UpperLower delta: the range alternates upper and lower case. */
    public static final int UpperLower = MaxRune + 1;

    /** Go's Turkish and Azeri case mappings of i, I, dotted I and dotless i. */
    public static dev.goloom.runtime.Slice<CaseRange> TurkishCase = dev.goloom.runtime.Slice.of(CaseRange.ELEM,
            new CaseRange(0x49, 0x49, new int[] {0, 0x131 - 0x49, 0}),
            new CaseRange(0x69, 0x69, new int[] {0x130 - 0x69, 0, 0x130 - 0x69}),
            new CaseRange(0x130, 0x130, new int[] {0, 0x69 - 0x130, 0}),
            new CaseRange(0x131, 0x131, new int[] {0x49 - 0x131, 0, 0x49 - 0x131}));
    /** Go's AzeriCase is TurkishCase (the same slice). */
    public static dev.goloom.runtime.Slice<CaseRange> AzeriCase = TurkishCase;

    public static int SpecialCase_ToUpper(dev.goloom.runtime.Slice<CaseRange> special, int r) {
        return special(special, (int) UpperCase, r);
    }

    public static int SpecialCase_ToLower(dev.goloom.runtime.Slice<CaseRange> special, int r) {
        return special(special, (int) LowerCase, r);
    }

    public static int SpecialCase_ToTitle(dev.goloom.runtime.Slice<CaseRange> special, int r) {
        return special(special, (int) TitleCase, r);
    }

    /** The special mapping of r when the table has one, else the general To(c, r). */
    private static int special(dev.goloom.runtime.Slice<CaseRange> special, int c, int r) {
        long lo = 0, hi = special.len();
        while (lo < hi) {
            long m = (lo + hi) >>> 1;
            CaseRange cr = special.get(m);
            if (cr.Lo <= r && r <= cr.Hi) {
                int delta = cr.Delta[c];
                if (delta > MaxRune) {
                    return cr.Lo + ((r - cr.Lo) & ~1 | (c & 1));
                }
                return r + delta;
            }
            if (r < cr.Lo) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return To(c, r);
    }
}
