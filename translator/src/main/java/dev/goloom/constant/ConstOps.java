// Folding of constant expressions ("Constant expressions" in the spec), exact as go/constant.
package dev.goloom.constant;

import java.math.BigInteger;

/**
 * Operations on constant values. The caller has already checked operand types; these methods
 * only compute. Integer division truncates, as the spec requires for integer constants.
 */
public final class ConstOps {
    private ConstOps() {}

    /** Folds {@code x op y}; returns null when the operation does not apply to the values. */
    public static Constant binary(Constant x, String op, Constant y, boolean integerDivision) {
        if (x instanceof Constant.Unknown || y instanceof Constant.Unknown) {
            return new Constant.Unknown();
        }
        if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            return op.equals("+") ? new Constant.Str(a.value() + b.value()) : null;
        }
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return switch (op) {
                case "&&" -> new Constant.Bool(a.value() && b.value());
                case "||" -> new Constant.Bool(a.value() || b.value());
                default -> null;
            };
        }
        if (x instanceof Constant.Int a && y instanceof Constant.Int b) {
            BigInteger u = a.value(), v = b.value();
            return switch (op) {
                case "+" -> new Constant.Int(u.add(v));
                case "-" -> new Constant.Int(u.subtract(v));
                case "*" -> new Constant.Int(u.multiply(v));
                case "/" -> integerDivision ? new Constant.Int(u.divide(v))
                        : new Constant.Float(new Rational(u, v));
                case "%" -> new Constant.Int(u.remainder(v));
                case "&" -> new Constant.Int(u.and(v));
                case "|" -> new Constant.Int(u.or(v));
                case "^" -> new Constant.Int(u.xor(v));
                case "&^" -> new Constant.Int(u.andNot(v));
                default -> null;
            };
        }
        Rational a = toRational(x), b = toRational(y);
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case "+" -> new Constant.Float(a.add(b));
            case "-" -> new Constant.Float(a.sub(b));
            case "*" -> new Constant.Float(a.mul(b));
            case "/" -> new Constant.Float(a.div(b));
            default -> null;
        };
    }

    /** {@code x << s} or {@code x >> s} for an integer constant x. */
    public static Constant shift(Constant x, String op, long s) {
        if (!(x instanceof Constant.Int a)) {
            return x instanceof Constant.Unknown ? x : null;
        }
        return new Constant.Int(op.equals("<<") ? a.value().shiftLeft((int) s) : a.value().shiftRight((int) s));
    }

    /** Compares two constants; null when they are not comparable with {@code op}. */
    public static Boolean compare(Constant x, String op, Constant y) {
        int c;
        if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            c = compareBytes(a.value(), b.value());
        } else if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return switch (op) {
                case "==" -> a.value() == b.value();
                case "!=" -> a.value() != b.value();
                default -> null;
            };
        } else {
            Rational a = toRational(x), b = toRational(y);
            if (a == null || b == null) {
                return null;
            }
            c = a.compareTo(b);
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> null;
        };
    }

    /** Byte strings compare by bytes, which for chars 0–255 is char order. */
    private static int compareBytes(String a, String b) {
        return a.compareTo(b);
    }

    /** Folds a unary operation; {@code bits} and {@code unsigned} describe ^x for typed operands. */
    public static Constant unary(String op, Constant x, int bits, boolean unsigned) {
        if (x instanceof Constant.Unknown) {
            return x;
        }
        return switch (op) {
            case "+" -> x;
            case "-" -> switch (x) {
                case Constant.Int i -> new Constant.Int(i.value().negate());
                case Constant.Float f -> new Constant.Float(f.value().negate());
                default -> null;
            };
            case "!" -> x instanceof Constant.Bool b ? new Constant.Bool(!b.value()) : null;
            case "^" -> {
                if (!(x instanceof Constant.Int i)) {
                    yield null;
                }
                BigInteger v = i.value().not();
                if (unsigned) {
                    v = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
                }
                yield new Constant.Int(v);
            }
            default -> null;
        };
    }

    public static Rational toRational(Constant c) {
        return switch (c) {
            case Constant.Int i -> Rational.of(i.value());
            case Constant.Float f -> f.value();
            default -> null;
        };
    }

    /** The integer value of a constant if it is an exact integer, else null. */
    public static BigInteger toInteger(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value();
            case Constant.Float f -> f.value().isInteger() ? f.value().num() : null;
            default -> null;
        };
    }

    /** Parses an integer literal in any base, with '_' separators. */
    public static Constant parseInt(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char b = Character.toLowerCase(s.charAt(1));
            return switch (b) {
                case 'x' -> new Constant.Int(new BigInteger(s.substring(2), 16));
                case 'b' -> new Constant.Int(new BigInteger(s.substring(2), 2));
                case 'o' -> new Constant.Int(new BigInteger(s.substring(2), 8));
                default -> new Constant.Int(new BigInteger(s.substring(1), 8));
            };
        }
        return new Constant.Int(new BigInteger(s));
    }

    /** Decimal exponents beyond this are not represented exactly (they need go/constant's big floats). */
    public static final int MAX_DECIMAL_EXPONENT = 1_000_000;

    /**
     * Parses a decimal floating-point literal. Returns null for what goloom cannot represent
     * yet: hexadecimal floats, and exponents beyond {@link #MAX_DECIMAL_EXPONENT}.
     */
    public static Constant parseFloat(String raw) {
        String s = raw.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return null;
        }
        java.math.BigDecimal d = new java.math.BigDecimal(s);
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_EXPONENT) {
            return null;
        }
        return new Constant.Float(Rational.parseDecimal(s));
    }
}
