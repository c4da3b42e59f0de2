// Index and slice expressions ("Index expressions", "Slice expressions").
package dev.goloom.types;

import dev.goloom.constant.ConstOps;
import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.TypeAndValue.Mode;
import java.math.BigInteger;

final class Indexing {
    private final Checker c;

    Indexing(Checker c) {
        this.c = c;
    }

    /** {@code a[x]} on strings, arrays, pointers to arrays, slices and maps. */
    TypeAndValue index(Expr.Index ix) {
        TypeAndValue x = c.exprs.expr(ix.x());
        if (x.mode() == Mode.TYPE) {
            Type t = c.typeExprs.type(ix);
            return t == Universe.INVALID ? Exprs.INVALID : new TypeAndValue(Mode.TYPE, t, null);
        }
        if (x.mode() == Mode.VALUE && x.type() instanceof Type.Signature sig && sig.isGeneric()) {
            return c.instantiate.funcInstance(ix, x, sig);
        }
        if (ix.indices().size() != 1) {
            c.errorAt(ix.indices().get(1), "unexpected comma; expecting ]");
            ix.indices().forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        x = c.exprs.singleValue(ix.x(), x);
        Expr i = ix.indices().getFirst();
        if (x.mode() == Mode.INVALID) {
            c.exprs.expr(i);
            return Exprs.INVALID;
        }
        Type u = x.type().underlying();
        if (x.type() instanceof Type.TypeParam) {
            // Indexing a type parameter goes through the core type of its type set.
            u = TypeSets.coreString(x.type());
            Type elem = u == null ? commonElement((Type.TypeParam) x.type()) : null;
            if (elem != null) {
                // No core type, but every type in the set indexes to the same element type.
                boolean variable = TypeSets.allTerms(x.type(), t -> t instanceof Type.Slice || t instanceof Type.Pointer)
                        || x.mode() == Mode.VARIABLE && TypeSets.allTerms(x.type(), t -> !(t instanceof Type.Basic));
                return index(i, -1) == -2 ? Exprs.INVALID : new TypeAndValue(variable ? Mode.VARIABLE : Mode.VALUE, elem, null);
            }
            if (u == null) {
                c.exprs.expr(i);
                c.error(ix.pos(), "cannot index " + Operands.describe(ix.x(), x));
                return Exprs.INVALID;
            }
            if (u instanceof Type.Basic) {
                return index(i, -1) == -2 ? Exprs.INVALID : new TypeAndValue(Mode.VALUE, Universe.BYTE, null);
            }
        }
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            long n = index(i, a.len());
            return n == -2 ? Exprs.INVALID : new TypeAndValue(Mode.VARIABLE, a.elem(), null);
        }
        return switch (u) {
            case Type.Basic b when b.kind().isString() -> {
                long len = x.isConstant() ? ((Constant.Str) x.value()).value().length() : -1;
                long n = index(i, len);
                if (n == -2) {
                    yield Exprs.INVALID;
                }
                if (Types.isUntyped(x.type())) {
                    c.exprs.convertUntyped(ix.x(), x, Universe.STRING);
                }
                yield new TypeAndValue(Mode.VALUE, Universe.BYTE, null);
            }
            case Type.Array a -> {
                long n = index(i, a.len());
                yield n == -2 ? Exprs.INVALID
                        : new TypeAndValue(x.mode() == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE, a.elem(), null);
            }
            case Type.Slice s -> index(i, -1) == -2 ? Exprs.INVALID : new TypeAndValue(Mode.VARIABLE, s.elem(), null);
            case Type.MapType m -> {
                TypeAndValue k = c.exprs.value(i);
                c.assignments.assignTo(i, k, m.key(), "map index");
                yield new TypeAndValue(Mode.MAPINDEX, m.value(), null);
            }
            default -> {
                c.exprs.expr(i);
                c.errorAt(ix.x(), "invalid operation: cannot index " + Operands.describe(ix.x(), x));
                yield Exprs.INVALID;
            }
        };
    }

    /** The element type every type in {@code tp}'s set indexes to (strings, arrays, pointers to arrays, slices), or null. */
    private static Type commonElement(Type.TypeParam tp) {
        java.util.List<Type.Term> terms = TypeSets.terms(tp);
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        Type elem = null;
        for (Type.Term term : terms) {
            Type u = term.type().underlying();
            if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
                u = a;
            }
            Type e = switch (u) {
                case Type.Basic b when b.kind().isString() -> Universe.BYTE;
                case Type.Array a -> a.elem();
                case Type.Slice s -> s.elem();
                default -> null;
            };
            if (e == null || elem != null && !Types.identical(elem, e)) {
                return null;
            }
            elem = e;
        }
        return elem;
    }

    /**
     * Checks an index: "of integer type or an untyped constant", "a constant index must be
     * non-negative and representable by a value of type int", and within {@code length} when
     * that is known (not -1). Returns the constant index, -1 when not constant, -2 on error.
     */
    long index(Expr i, long length) {
        TypeAndValue x = c.exprs.value(i);
        if (x.mode() == Mode.INVALID) {
            return -2;
        }
        if (x.isConstant() && Types.isUntyped(x.type())) {
            BigInteger n = ConstOps.toInteger(x.value());
            if (n == null) {
                if (Types.basicKind(x.type()).isNumeric()) {
                    c.errorAt(i, Operands.describe(i, x) + " truncated to int");
                } else {
                    c.errorAt(i, "cannot convert " + Operands.describe(i, x) + " to type int");
                }
                return -2;
            }
            x = c.exprs.convertUntyped(i, new TypeAndValue(x.mode(), x.type(), new Constant.Int(n)), Universe.INT);
        } else if (Types.isUntyped(x.type())) {
            x = c.exprs.convertUntyped(i, x, Universe.INT);
        }
        if (x.mode() == Mode.INVALID) {
            return -2;
        }
        if (!Types.basicKind(x.type()).isInteger() && !TypeSets.allTerms(x.type(), t -> Types.basicKind(t).isInteger())) {
            c.errorAt(i, "invalid argument: index " + Operands.describe(i, x) + " must be integer");
            return -2;
        }
        if (!x.isConstant()) {
            return -1;
        }
        BigInteger n = ConstOps.toInteger(x.value());
        if (n.signum() < 0) {
            c.errorAt(i, "invalid argument: index " + Operands.describe(i, x) + " must not be negative");
            return -2;
        }
        if (length >= 0 && n.compareTo(BigInteger.valueOf(length)) >= 0) {
            c.errorAt(i, "invalid argument: index " + n + " out of bounds [0:" + length + "]");
            return -2;
        }
        return n.longValue();
    }

    /** {@code a[lo:hi]} and {@code a[lo:hi:max]}. */
    TypeAndValue slice(Expr.Slice e) {
        TypeAndValue x = c.exprs.value(e.x());
        if (x.mode() == Mode.INVALID) {
            for (Expr i : new Expr[] {e.lo(), e.hi(), e.max()}) {
                if (i != null) {
                    c.exprs.expr(i);
                }
            }
            return Exprs.INVALID;
        }
        Type u = x.type() instanceof Type.TypeParam ? TypeSets.coreString(x.type()) : x.type().underlying();
        if (u == null) {
            c.errorAt(e.x(), "cannot slice " + Operands.describe(e.x(), x) + ": " + x.type() + " has no core type");
            return Exprs.INVALID;
        }
        long length = -1;
        TypeAndValue result;
        if (u instanceof Type.Basic b && b.kind().isString()) {
            if (e.slice3()) {
                c.error(dev.goloom.syntax.Positions.start(e.max() != null ? e.max() : e), "invalid operation: 3-index slice of string");
                return Exprs.INVALID;
            }
            if (x.isConstant()) {
                length = ((Constant.Str) x.value()).value().length();
            }
            result = new TypeAndValue(Mode.VALUE, Types.isUntyped(x.type()) ? Universe.STRING : x.type(), null);
            if (Types.isUntyped(x.type())) {
                c.exprs.convertUntyped(e.x(), x, Universe.STRING);
            }
        } else if (u instanceof Type.Array a) {
            if (x.mode() != Mode.VARIABLE) {
                c.errorAt(e.x(), "cannot slice unaddressable value " + Operands.describe(e.x(), x));
                return Exprs.INVALID;
            }
            length = a.len() + 1;
            result = new TypeAndValue(Mode.VALUE, new Type.Slice(a.elem()), null);
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            length = a.len() + 1;
            result = new TypeAndValue(Mode.VALUE, new Type.Slice(a.elem()), null);
        } else if (u instanceof Type.Slice) {
            result = new TypeAndValue(Mode.VALUE, x.type(), null);
        } else {
            c.errorAt(e.x(), "cannot slice " + Operands.describe(e.x(), x));
            return Exprs.INVALID;
        }
        if (u instanceof Type.Basic && length >= 0) {
            length++; // for strings, hi may equal len
        }
        long previous = -1;
        boolean ok = true;
        for (Expr i : new Expr[] {e.lo(), e.hi(), e.max()}) {
            if (i == null) {
                continue;
            }
            long n = index(i, length);
            if (n == -2) {
                ok = false;
                continue;
            }
            if (n >= 0 && previous >= 0 && n < previous) {
                c.errorAt(i, "invalid slice indices: " + n + " < " + previous);
                ok = false;
            }
            if (n >= 0) {
                previous = n;
            }
        }
        return ok ? result : Exprs.INVALID;
    }
}
