// Run-time type descriptors: what an interface value's dynamic type is (%T, %v, type switches).
package dev.goloom.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Go type at run time. {@link #toString()} is Go's own spelling of the type, as {@code %T}
 * prints it ({@code int}, {@code []string}, {@code map[string]int}, {@code *main.T},
 * {@code struct { X int }}). Generated code creates descriptors once, in static fields.
 */
public sealed interface GoType {

    /** The kinds of Go type (reflect.Kind's names). */
    enum Kind {
        BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRUCT
    }

    Kind kind();

    /** The underlying type (itself unless named). */
    default GoType underlying() {
        return this;
    }

    /** A predeclared type; {@code name} is how Go spells it ("uint8" for byte too). */
    record Basic(Kind kind, String name) implements GoType {
        @Override public String toString() { return name; }
    }

    /**
     * A defined type. Mutable only while generated code builds it (recursive types need the
     * descriptor before its underlying type exists).
     */
    final class Named implements GoType {
        /** The package's name as %T prints it ("main"), or "" for predeclared types such as error. */
        private final String pkgName;
        /** The package's import path (for reflection and identity). */
        private final String pkgPath;
        private final String name;
        private volatile GoType underlying;
        /** The exported methods of T and *T, sorted by name (reflect's Method(i)); set by generated code. */
        private volatile List<Method> methods = List.of();
        /**
         * The Java class that declares this descriptor: the struct class of a struct type (its
         * zero value is {@code new C()}), else the package class (whose static {@code T_M}
         * methods are the type's methods); null when unknown (shim types, predeclared error).
         */
        private volatile Class<?> declaredIn;

        public Named(String pkgPath, String pkgName, String name) {
            this.pkgPath = pkgPath;
            this.pkgName = pkgName;
            this.name = name;
        }

        /** Sets the underlying type once; returns this for chaining in static initializers. */
        public Named define(GoType u) {
            if (underlying != null) {
                throw new IllegalStateException("type " + this + " already defined");
            }
            underlying = u;
            return this;
        }

        /** Records the exported methods and the declaring Java class; returns this for chaining. */
        public Named methods(Class<?> declaredIn, List<Method> methods) {
            this.declaredIn = declaredIn;
            this.methods = methods;
            return this;
        }

        public String pkgPath() { return pkgPath; }
        public String name() { return name; }
        public List<Method> methods() { return methods; }
        public Class<?> declaredIn() { return declaredIn; }
        @Override public GoType underlying() { return underlying; }
        @Override public Kind kind() { return underlying.kind(); }
        @Override public String toString() { return pkgName.isEmpty() ? name : pkgName + "." + name; }
    }

    record Pointer(GoType elem) implements GoType {
        @Override public Kind kind() { return Kind.POINTER; }
        @Override public String toString() { return "*" + elem; }
    }

    record Slice(GoType elem) implements GoType {
        @Override public Kind kind() { return Kind.SLICE; }
        @Override public String toString() { return "[]" + elem; }
    }

    record Array(long len, GoType elem) implements GoType {
        @Override public Kind kind() { return Kind.ARRAY; }
        @Override public String toString() { return "[" + len + "]" + elem; }
    }

    record Map(GoType key, GoType value) implements GoType {
        @Override public Kind kind() { return Kind.MAP; }
        @Override public String toString() { return "map[" + key + "]" + value; }
    }

    /** {@code dir}: 0 both ways, 1 send-only, 2 receive-only. */
    record Chan(int dir, GoType elem) implements GoType {
        @Override public Kind kind() { return Kind.CHAN; }
        @Override public String toString() {
            return switch (dir) {
                case 1 -> "chan<- " + elem;
                case 2 -> "<-chan " + elem;
                default -> "chan " + elem;
            };
        }
    }

    record Func(List<GoType> params, List<GoType> results, boolean variadic) implements GoType {
        @Override public Kind kind() { return Kind.FUNC; }
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("func(");
            for (int i = 0; i < params.size(); i++) {
                sb.append(i > 0 ? ", " : "");
                if (variadic && i == params.size() - 1) {
                    sb.append("...").append(((Slice) params.get(i)).elem());
                } else {
                    sb.append(params.get(i));
                }
            }
            sb.append(')');
            if (results.size() == 1) {
                sb.append(' ').append(results.getFirst());
            } else if (results.size() > 1) {
                sb.append(" (").append(results.stream().map(GoType::toString).collect(Collectors.joining(", "))).append(')');
            }
            return sb.toString();
        }
    }

    /** An interface type; {@code methods} are "Name(params) results" as Go prints them, sorted. */
    record Interface(List<String> methods) implements GoType {
        @Override public Kind kind() { return Kind.INTERFACE; }
        @Override public String toString() {
            return methods.isEmpty() ? "interface {}" : "interface { " + String.join("; ", methods) + " }";
        }
    }

    /**
     * A struct field; {@code pkgPath} is the import path of the package that declared an
     * unexported field ("" for exported ones), as reflect.StructField.PkgPath reports it.
     */
    record Field(String name, GoType type, boolean embedded, String tag, String pkgPath) {
        public Field(String name, GoType type, boolean embedded, String tag) {
            this(name, type, embedded, tag, "");
        }
    }

    /**
     * A method of a named type: {@code type} is its signature without the receiver;
     * {@code pointerReceiver} says it is in *T's method set only.
     */
    record Method(String name, Func type, boolean pointerReceiver) {}

    record Struct(List<Field> fields) implements GoType {
        @Override public Kind kind() { return Kind.STRUCT; }
        @Override public String toString() {
            if (fields.isEmpty()) {
                return "struct {}";
            }
            return "struct { " + fields.stream().map(f -> (f.embedded() ? "" : f.name() + " ") + f.type()
                    + (f.tag().isEmpty() ? "" : " " + GoStrings_quote(f.tag()))).collect(Collectors.joining("; ")) + " }";
        }

        private static String GoStrings_quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    // The predeclared types.
    Basic BOOL = new Basic(Kind.BOOL, "bool");
    Basic INT = new Basic(Kind.INT, "int");
    Basic INT8 = new Basic(Kind.INT8, "int8");
    Basic INT16 = new Basic(Kind.INT16, "int16");
    Basic INT32 = new Basic(Kind.INT32, "int32");
    Basic INT64 = new Basic(Kind.INT64, "int64");
    Basic UINT = new Basic(Kind.UINT, "uint");
    Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    Basic STRING = new Basic(Kind.STRING, "string");
    Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    /** The predeclared {@code error} interface. */
    /**
     * The one descriptor of a named type of a standard package that declares no descriptor
     * field of its own ({@code fmt.Stringer}, {@code time.Duration}), made on first use.
     */
    static Named shared(String pkgPath, String pkgName, String name, GoType underlying) {
        return Shared.TYPES.computeIfAbsent(pkgPath + "." + name, k -> new Named(pkgPath, pkgName, name).define(underlying));
    }

    /** Holder of {@link #shared}'s table (interfaces cannot have private static fields). */
    final class Shared {
        private Shared() {}
        private static final java.util.concurrent.ConcurrentHashMap<String, Named> TYPES = new java.util.concurrent.ConcurrentHashMap<>();
    }

    Named ERROR = new Named("", "", "error").define(new Interface(List.of("Error() string")));
}
