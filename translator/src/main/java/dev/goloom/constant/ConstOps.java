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
        if (x instanceof Constant.Complex || y instanceof Constant.Complex) {
            return complexBinary(toComplex(x), op, toComplex(y));
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

    /** Complex arithmetic, exact: (a+bi)(c+di) = (ac-bd) + (ad+bc)i; division by the conjugate. */
    private static Constant complexBinary(Constant.Complex x, String op, Constant.Complex y) {
        if (x == null || y == null) {
            return null;
        }
        Rational a = x.re(), b = x.im(), c = y.re(), d = y.im();
        return switch (op) {
            case "+" -> new Constant.Complex(a.add(c), b.add(d));
            case "-" -> new Constant.Complex(a.sub(c), b.sub(d));
            case "*" -> new Constant.Complex(a.mul(c).sub(b.mul(d)), a.mul(d).add(b.mul(c)));
            case "/" -> {
                Rational den = c.mul(c).add(d.mul(d));
                yield new Constant.Complex(a.mul(c).add(b.mul(d)).div(den), b.mul(c).sub(a.mul(d)).div(den));
            }
            default -> null;
        };
    }

    /** A numeric constant as a complex one (null for non-numeric constants). */
    public static Constant.Complex toComplex(Constant c) {
        if (c instanceof Constant.Complex z) {
            return z;
        }
        Rational r = toRational(c);
        return r == null ? null : new Constant.Complex(r, Rational.of(BigInteger.ZERO));
    }

    /** Whether a numeric constant is zero (for "division by zero"). */
    public static boolean isZero(Constant c) {
        Constant.Complex z = toComplex(c);
        return z != null && z.re().signum() == 0 && z.im().signum() == 0;
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
        } else if (x instanceof Constant.Complex || y instanceof Constant.Complex) {
            Constant.Complex a = toComplex(x), b = toComplex(y);
            if (a == null || b == null) {
                return null;
            }
            boolean eq = a.re().compareTo(b.re()) == 0 && a.im().compareTo(b.im()) == 0;
            return switch (op) {
                case "==" -> eq;
                case "!=" -> !eq;
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
                case Constant.Complex z -> new Constant.Complex(z.re().negate(), z.im().negate());
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
            case Constant.Complex z when z.im().signum() == 0 -> z.re();
            default -> null;
        };
    }

    /** The integer value of a constant if it is an exact integer, else null. */
    public static BigInteger toInteger(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value();
            case Constant.Float f -> f.value().isInteger() ? f.value().num() : null;
            case Constant.Complex z -> z.im().signum() == 0 && z.re().isInteger() ? z.re().num() : null;
            default -> null;
        };
    }

    /** Parses an integer literal in any base, with '_' separators. */
    public static Constant parseInt(String raw) {
        String s = raw.indexOf('_') < 0 ? raw : raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char b = Character.toLowerCase(s.charAt(1));
            return switch (b) {
                case 'x' -> new Constant.Int(parse(s.substring(2), 16));
                case 'b' -> new Constant.Int(parse(s.substring(2), 2));
                case 'o' -> new Constant.Int(parse(s.substring(2), 8));
                default -> new Constant.Int(parse(s.substring(1), 8));
            };
        }
        return new Constant.Int(parse(s, 10));
    }

    /** The digits' value; through a long when it surely fits (most literals: BigInteger's parser costs more). */
    private static BigInteger parse(String digits, int radix) {
        int bitsPerDigit = radix == 10 ? 4 : Integer.numberOfTrailingZeros(radix); // 10 < 2^4
        if (!digits.isEmpty() && digits.length() * bitsPerDigit < 63) {
            return BigInteger.valueOf(Long.parseLong(digits, radix));
        }
        return new BigInteger(digits, radix);
    }

    /** Decimal exponents beyond this are not represented exactly (they need go/constant's big floats). */
    public static final int MAX_DECIMAL_EXPONENT = 1_000_000;

    /**
     * Parses a decimal floating-point literal. Returns null for what goloom cannot represent
     * yet: hexadecimal floats, and exponents beyond {@link #MAX_DECIMAL_EXPONENT}.
     */
    /** "A hexadecimal floating-point literal": hex mantissa (with an optional point) times 2 to the p exponent. */
    private static Constant parseHexFloat(String s) {
        int p = s.toLowerCase().indexOf('p');
        String mantissa = p < 0 ? s : s.substring(0, p);
        long exp = p < 0 ? 0 : Long.parseLong(s.substring(p + 1).replace("+", ""));
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        if (dot >= 0) {
            exp -= 4L * (mantissa.length() - dot - 1);
        }
        if (Math.abs(exp) > MAX_DECIMAL_EXPONENT) {
            return null;
        }
        BigInteger m = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
        Rational r = exp >= 0 ? Rational.of(m.shiftLeft((int) exp)) : new Rational(m, BigInteger.ONE.shiftLeft((int) -exp));
        return new Constant.Float(r);
    }

    public static Constant parseFloat(String raw) {
        String s = raw.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return parseHexFloat(s.substring(2));
        }
        java.math.BigDecimal d = new java.math.BigDecimal(s);
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_EXPONENT) {
            return null;
        }
        return new Constant.Float(Rational.parseDecimal(s));
    }
}
