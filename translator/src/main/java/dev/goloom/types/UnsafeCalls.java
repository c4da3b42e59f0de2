// Calls of package unsafe's functions: Sizeof, Alignof, Offsetof (constants), Add, Slice, SliceData, String, StringData.
package dev.goloom.types;

import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.TypeAndValue.Mode;

/**
 * unsafe's functions as types2 checks them. Sizeof, Alignof and Offsetof are constants of
 * type uintptr computed with gc's amd64 layout ({@link Sizes}), except when the size depends on
 * a type parameter: then they are ordinary uintptr values, also in the body's specializations
 * (where lowering computes them from the concrete types).
 */
final class UnsafeCalls {
    private final Checker c;

    UnsafeCalls(Checker c) {
        this.c = c;
    }

    /** Whether {@code name} is one of unsafe's functions (the caller has checked the argument count). */
    static boolean handles(String name) {
        return Unsafe.FUNCTIONS.contains(name);
    }

    static int arity(String name) {
        return switch (name) {
            case "Add", "Slice", "String" -> 2;
            default -> 1;
        };
    }

    TypeAndValue call(BuiltinArgs args, String name) {
        if (name.equals("Offsetof")) {
            return offsetof(args.call, args.call.args().getFirst());
        }
        Expr a0 = args.expr(0);
        TypeAndValue x = args.value(0);
        if (x.mode() == Mode.INVALID) {
            args.checkRest(1);
            return Exprs.INVALID;
        }
        return switch (name) {
            case "Sizeof", "Alignof" -> {
                if (x.type() == Universe.UNTYPED_NIL) {
                    c.errorAt(a0, "use of untyped nil in argument to unsafe." + name);
                    yield Exprs.INVALID;
                }
                x = c.assignments.assignTo(a0, x, Types.isUntyped(x.type()) ? Types.defaultType(x.type()) : x.type(),
                        "argument to unsafe." + name);
                if (x.mode() == Mode.INVALID) {
                    yield Exprs.INVALID;
                }
                if (Sizes.variableSize(x.type()) || variableInGeneric(args.call)) {
                    yield value(Universe.UINTPTR);
                }
                long n = name.equals("Sizeof") ? Sizes.sizeof(x.type()) : Sizes.alignof(x.type());
                yield new TypeAndValue(Mode.CONSTANT, Universe.UINTPTR, Constant.Int.of(n));
            }
            case "Add" -> {
                x = c.assignments.assignTo(a0, x, Universe.UNSAFE_POINTER, "argument to unsafe.Add");
                if (x.mode() == Mode.INVALID || !length(args, 1)) {
                    yield Exprs.INVALID;
                }
                yield value(Universe.UNSAFE_POINTER);
            }
            case "Slice" -> {
                if (!(Types.under(x.type()) instanceof Type.Pointer p)) {
                    c.errorAt(a0, "invalid argument: " + Operands.describe(a0, x) + " is not a pointer");
                    args.checkRest(1);
                    yield Exprs.INVALID;
                }
                yield length(args, 1) ? value(new Type.Slice(p.elem())) : Exprs.INVALID;
            }
            case "SliceData" -> {
                if (!(Types.under(x.type()) instanceof Type.Slice s)) {
                    c.errorAt(a0, "invalid argument: " + Operands.describe(a0, x) + " is not a slice");
                    yield Exprs.INVALID;
                }
                yield value(new Type.Pointer(s.elem()));
            }
            case "String" -> {
                x = c.assignments.assignTo(a0, x, new Type.Pointer(Universe.BYTE), "argument to unsafe.String");
                if (x.mode() == Mode.INVALID || !length(args, 1)) {
                    yield Exprs.INVALID;
                }
                yield value(Universe.STRING);
            }
            case "StringData" -> {
                x = c.assignments.assignTo(a0, x, Universe.STRING, "argument to unsafe.StringData");
                yield x.mode() == Mode.INVALID ? Exprs.INVALID : value(new Type.Pointer(Universe.BYTE));
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A length argument: an integer value, or an untyped constant representable as int (negative allowed for Add). */
    private boolean length(BuiltinArgs args, int i) {
        Expr e = args.expr(i);
        TypeAndValue y = args.value(i);
        if (y.mode() == Mode.INVALID) {
            return false;
        }
        if (Types.isUntyped(y.type())) {
            y = c.assignments.assignTo(e, y, Universe.INT, "argument to unsafe function");
            if (y.mode() == Mode.INVALID) {
                return false;
            }
        }
        if (!Types.basicKind(y.type()).isInteger() && !TypeSets.allTerms(y.type(), t -> Types.basicKind(t).isInteger())) {
            c.errorAt(e, "invalid argument: length " + Operands.describe(e, y) + " must be integer");
            return false;
        }
        return true;
    }

    /** unsafe.Offsetof(s.f): the offset of field f in s's struct, through embedded fields that are not pointers. */
    private TypeAndValue offsetof(Expr.Call call, Expr arg) {
        Expr e = arg;
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (!(e instanceof Expr.Selector sel)) {
            c.errorAt(arg, "invalid argument: " + GoPrinter.expr(arg) + " is not a selector expression");
            c.exprs.expr(arg);
            return Exprs.INVALID;
        }
        TypeAndValue x = c.exprs.value(sel.x());
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        Type base = x.type();
        if (base.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct) {
            base = p.elem();
        }
        Lookup.Found found = Lookup.fieldOrMethod(base, sel.sel().name());
        if (found == null || found == Lookup.AMBIGUOUS) {
            c.errorAt(sel.x(), "invalid argument: " + base + " has no single field " + sel.sel().name());
            return Exprs.INVALID;
        }
        if (!(found.obj() instanceof Var field)) {
            c.errorAt(arg, "invalid argument: " + GoPrinter.expr(arg) + " is a method value");
            return Exprs.INVALID;
        }
        if (found.indirect()) {
            c.errorAt(sel.x(), "invalid argument: field " + sel.sel().name() + " is embedded via a pointer in " + base);
            return Exprs.INVALID;
        }
        c.info.selections.put(sel, new Selection(Selection.Kind.FIELD, base, field, found.path(), false));
        c.info.uses.put(sel.sel(), field);
        c.info.types.put(sel, new TypeAndValue(Mode.VARIABLE, field.type(), null));
        if (Sizes.variableSize(base) || variableInGeneric(call)) {
            return value(Universe.UINTPTR);
        }
        return new TypeAndValue(Mode.CONSTANT, Universe.UINTPTR, Constant.Int.of(Sizes.offsetof(base, found.path())));
    }

    /**
     * While a generic body is checked again with concrete type arguments ({@link Specializer}):
     * whether the generic check found this call not constant. Its value is known now, but Go
     * keeps it a run-time value (no constant overflow, no constant index out of range).
     */
    private boolean variableInGeneric(Expr.Call call) {
        if (!c.specializing) {
            return false;
        }
        TypeAndValue generic = c.genericInfo.types.get(call);
        return generic != null && !generic.isConstant();
    }

    private static TypeAndValue value(Type t) {
        return new TypeAndValue(Mode.VALUE, t, null);
    }
}
