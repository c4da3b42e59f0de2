// Calls of package unsafe's built-in functions: Sizeof, Alignof and Offsetof are constants (gc's amd64 layout).
package dev.goloom.types;

import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Positions;
import dev.goloom.types.TypeAndValue.Mode;

/**
 * {@code unsafe.Sizeof(x)}, {@code Alignof(x)} and {@code Offsetof(s.f)} are compile-time
 * constants of type uintptr whose operands are never evaluated ("Package unsafe"); the sizes
 * are gc's on amd64 ({@link Sizes}), which is what Go programs print. The pointer arithmetic
 * functions (Add, Slice, String, ...) have no exact translation over Java objects: they are
 * reported as unsupported.
 */
final class UnsafeCalls {
    /** The checker whose expressions and diagnostics these calls use. */
    private final Checker c;

    UnsafeCalls(Checker c) {
        this.c = c;
    }

    TypeAndValue call(Expr.Call call, String name) {
        if (call.args().size() != 1 && (name.equals("Sizeof") || name.equals("Alignof") || name.equals("Offsetof"))) {
            int n = call.args().size();
            c.error(Positions.start(call), "invalid operation: " + (n < 1 ? "not enough" : "too many") + " arguments for "
                    + GoPrinter.expr(call) + " (expected 1, found " + n + ")");
            call.args().forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        return switch (name) {
            case "Sizeof", "Alignof" -> {
                Expr arg = call.args().getFirst();
                TypeAndValue x = c.exprs.value(arg);
                if (x.mode() == Mode.INVALID) {
                    yield Exprs.INVALID;
                }
                if (Types.isUntyped(x.type())) {
                    if (x.type() == Universe.UNTYPED_NIL) {
                        c.errorAt(arg, "use of untyped nil in argument to unsafe." + name);
                        yield Exprs.INVALID;
                    }
                    x = c.exprs.convertUntyped(arg, x, Types.defaultType(x.type()));
                }
                if (mentionsTypeParam(x.type())) {
                    c.diags.unsupported(Positions.start(call), "unsafe." + name + " of a type with type parameters");
                    yield Exprs.INVALID;
                }
                yield constant(name.equals("Sizeof") ? Sizes.sizeof(x.type()) : Sizes.alignof(x.type()));
            }
            case "Offsetof" -> offsetof(call);
            default -> {
                // Pointer arithmetic over Java objects: reported, but typed as Go types it so
                // that no checker error follows from it.
                TypeAndValue first = call.args().isEmpty() ? Exprs.INVALID : c.exprs.value(call.args().getFirst());
                call.args().stream().skip(1).forEach(c.exprs::expr);
                c.diags.unsupported(Positions.start(call), "unsafe." + name + " (goloom has no machine memory)");
                Type t = first.mode() == Mode.INVALID ? null : Types.under(first.type());
                Type result = switch (name) {
                    case "Add" -> Universe.UNSAFE_POINTER;
                    case "String" -> Universe.STRING;
                    case "StringData" -> new Type.Pointer(Universe.BYTE);
                    case "Slice" -> t instanceof Type.Pointer p ? new Type.Slice(p.elem()) : null;
                    case "SliceData" -> t instanceof Type.Slice s ? new Type.Pointer(s.elem()) : null;
                    default -> null;
                };
                yield result == null ? Exprs.INVALID : new TypeAndValue(Mode.VALUE, result, null);
            }
        };
    }

    private static TypeAndValue constant(long v) {
        return new TypeAndValue(Mode.CONSTANT, Universe.UINTPTR, Constant.Int.of(v));
    }

    /** {@code Offsetof(s.f)}: f's offset within the struct s (or *s), following embedded fields but no pointers. */
    private TypeAndValue offsetof(Expr.Call call) {
        Expr arg = call.args().getFirst();
        Expr inner = arg;
        while (inner instanceof Expr.Paren p) {
            inner = p.x();
        }
        TypeAndValue x = c.exprs.expr(arg);
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (!(inner instanceof Expr.Selector sel) || c.info.selections.get(sel) == null) {
            c.errorAt(arg, "invalid argument: " + GoPrinter.expr(arg) + " is not a selector expression");
            return Exprs.INVALID;
        }
        Selection s = c.info.selections.get(sel);
        if (s.kind() != Selection.Kind.FIELD) {
            c.errorAt(arg, "invalid argument: " + GoPrinter.expr(arg) + " is a method value");
            return Exprs.INVALID;
        }
        Type t = s.recv();
        if (t.underlying() instanceof Type.Pointer p) {
            t = p.elem();
        }
        long offset = 0;
        for (int i = 0; i < s.path().size(); i++) {
            if (mentionsTypeParam(t) || !(t.underlying() instanceof Type.Struct st)) {
                c.diags.unsupported(Positions.start(call), "unsafe.Offsetof of a field of a type with type parameters");
                return Exprs.INVALID;
            }
            int index = s.path().get(i);
            offset += Sizes.offsets(st)[index];
            t = st.fields().get(index).type();
            if (i < s.path().size() - 1 && t.underlying() instanceof Type.Pointer) {
                Type base = s.recv().underlying() instanceof Type.Pointer p ? p.elem() : s.recv();
                c.errorAt(arg, "invalid argument: field " + sel.sel().name() + " is embedded via a pointer in "
                        + base);
                return Exprs.INVALID;
            }
        }
        return constant(offset);
    }

    /** Whether {@code t}'s layout depends on type arguments (then its size is not a constant). */
    private static boolean mentionsTypeParam(Type t) {
        return switch (t) {
            case Type.TypeParam tp -> true;
            case Type.Named n -> !n.typeArgs().isEmpty() && n.typeArgs().stream().anyMatch(UnsafeCalls::mentionsTypeParam);
            case Type.Pointer p -> false;
            case Type.Array a -> mentionsTypeParam(a.elem());
            case Type.Struct st -> st.fields().stream().anyMatch(f -> mentionsTypeParam(f.type()));
            default -> false;
        };
    }
}
