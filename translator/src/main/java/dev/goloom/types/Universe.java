// The universe block: every predeclared type, constant, function and nil ("Predeclared identifiers").
package dev.goloom.types;

import dev.goloom.constant.Constant;
import dev.goloom.diag.Pos;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public final class Universe {
    private Universe() {}

    public static final Scope SCOPE = new Scope(null);
    private static final Map<BasicKind, Type.Basic> BASIC = new EnumMap<>(BasicKind.class);

    public static final Type.Basic INVALID = basic(BasicKind.INVALID, "invalid type");
    public static final Type.Basic BOOL = basic(BasicKind.BOOL, "bool");
    public static final Type.Basic INT = basic(BasicKind.INT, "int");
    public static final Type.Basic INT8 = basic(BasicKind.INT8, "int8");
    public static final Type.Basic INT16 = basic(BasicKind.INT16, "int16");
    public static final Type.Basic INT32 = basic(BasicKind.INT32, "int32");
    public static final Type.Basic RUNE = new Type.Basic(BasicKind.INT32, "rune");
    public static final Type.Basic INT64 = basic(BasicKind.INT64, "int64");
    public static final Type.Basic UINT = basic(BasicKind.UINT, "uint");
    public static final Type.Basic UINT8 = basic(BasicKind.UINT8, "uint8");
    /** byte and rune are aliases: identical to uint8 and int32, but named as written. */
    public static final Type.Basic BYTE = new Type.Basic(BasicKind.UINT8, "byte");
    public static final Type.Basic UINT16 = basic(BasicKind.UINT16, "uint16");
    public static final Type.Basic UINT32 = basic(BasicKind.UINT32, "uint32");
    public static final Type.Basic UINT64 = basic(BasicKind.UINT64, "uint64");
    public static final Type.Basic UINTPTR = basic(BasicKind.UINTPTR, "uintptr");
    public static final Type.Basic FLOAT32 = basic(BasicKind.FLOAT32, "float32");
    public static final Type.Basic FLOAT64 = basic(BasicKind.FLOAT64, "float64");
    public static final Type.Basic COMPLEX64 = basic(BasicKind.COMPLEX64, "complex64");
    public static final Type.Basic COMPLEX128 = basic(BasicKind.COMPLEX128, "complex128");
    public static final Type.Basic STRING = basic(BasicKind.STRING, "string");
    public static final Type.Basic UNSAFE_POINTER = basic(BasicKind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Type.Basic UNTYPED_BOOL = basic(BasicKind.UNTYPED_BOOL, "untyped bool");
    public static final Type.Basic UNTYPED_INT = basic(BasicKind.UNTYPED_INT, "untyped int");
    public static final Type.Basic UNTYPED_RUNE = basic(BasicKind.UNTYPED_RUNE, "untyped rune");
    public static final Type.Basic UNTYPED_FLOAT = basic(BasicKind.UNTYPED_FLOAT, "untyped float");
    public static final Type.Basic UNTYPED_COMPLEX = basic(BasicKind.UNTYPED_COMPLEX, "untyped complex");
    public static final Type.Basic UNTYPED_STRING = basic(BasicKind.UNTYPED_STRING, "untyped string");
    public static final Type.Basic UNTYPED_NIL = basic(BasicKind.UNTYPED_NIL, "untyped nil");

    /** {@code any}: an alias for {@code interface{}}. */
    public static final Type.Interface ANY = new Type.Interface(List.of());
    /** {@code comparable}: the constraint interface of all strictly comparable types. */
    public static final Type.Named COMPARABLE;
    /** {@code error}: {@code interface { Error() string }}. */
    public static final Type.Named ERROR;

    static {
        for (Type.Basic b : List.of(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64,
                UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING)) {
            SCOPE.insert(new TypeName(b.name(), Pos.NONE, null, b));
        }
        // "byte alias for uint8", "rune alias for int32".
        SCOPE.insert(new TypeName("byte", Pos.NONE, null, BYTE));
        SCOPE.insert(new TypeName("rune", Pos.NONE, null, RUNE));
        SCOPE.insert(new TypeName("any", Pos.NONE, null, ANY));

        TypeName comparableName = new TypeName("comparable", Pos.NONE, null, null);
        COMPARABLE = new Type.Named(comparableName, null);
        comparableName.type = COMPARABLE;
        COMPARABLE.setUnderlying(new Type.Interface(List.of(), null, true));
        SCOPE.insert(comparableName);

        TypeName errorName = new TypeName("error", Pos.NONE, null, null);
        ERROR = new Type.Named(errorName, null);
        errorName.type = ERROR;
        Func errorMethod = new Func("Error", Pos.NONE, null,
                new Type.Signature(Type.Tuple.EMPTY, new Type.Tuple(List.of(Var.param("", STRING))), false));
        ERROR.setUnderlying(new Type.Interface(List.of(errorMethod)));
        SCOPE.insert(errorName);

        SCOPE.insert(new Const("true", Pos.NONE, null, UNTYPED_BOOL, new Constant.Bool(true)));
        SCOPE.insert(new Const("false", Pos.NONE, null, UNTYPED_BOOL, new Constant.Bool(false)));
        SCOPE.insert(new Const("iota", Pos.NONE, null, UNTYPED_INT, Constant.Int.of(0)));
        SCOPE.insert(new Nil());
        for (String b : List.of("append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
                "make", "max", "min", "new", "panic", "print", "println", "real", "recover")) {
            SCOPE.insert(new Builtin(b));
        }
    }

    private static Type.Basic basic(BasicKind kind, String name) {
        Type.Basic b = new Type.Basic(kind, name);
        BASIC.put(kind, b);
        return b;
    }

    public static Type.Basic basic(BasicKind kind) {
        return BASIC.get(kind);
    }
}
