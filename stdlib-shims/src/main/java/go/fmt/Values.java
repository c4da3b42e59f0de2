// What fmt knows of a value at run time: its Go type and Java representation (the part of reflect that fmt needs).
package go.fmt;

import dev.goloom.runtime.BoolSlice;
import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.DoubleSlice;
import dev.goloom.runtime.FloatSlice;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.ShortSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.SliceBase;

/**
 * A Go value as fmt walks it: a {@link GoType} and the Java object that represents a value of
 * that type (boxed when primitive). The representations follow the translator's mapping:
 * integers are Long/Integer/Short/Byte by width (unsigned ones too: the type says how to read
 * the bits), floats Double/Float, slices the runtime slice classes, arrays Java arrays, maps
 * {@link GoMap}, a struct value or a pointer to a struct the {@link GoStruct} object, other
 * pointers the runtime pointer objects. For an interface type the representation is the
 * interface value itself (see {@link Boxed} for how an interface holds each type).
 *
 * @param type the static Go type, or null for a Java object outside the mapping (then
 *             {@code repr} is printed through its methods or toString)
 * @param repr the representation; null for nil pointers, nil interfaces, nil funcs, ...
 */
record Values(GoType type, Object repr) {

    /** The dynamic type and representation of an interface value (null: a nil interface). */
    static Values ofInterface(Object v) {
        return switch (v) {
            case null -> new Values(null, null);
            case Boolean b -> new Values(GoType.BOOL, b);
            case Long l -> new Values(GoType.INT, l);
            case Integer i -> new Values(GoType.INT32, i);
            case Short s -> new Values(GoType.INT16, s);
            case Byte b -> new Values(GoType.INT8, b);
            case Double d -> new Values(GoType.FLOAT64, d);
            case Float f -> new Values(GoType.FLOAT32, f);
            case String s -> new Values(GoType.STRING, s);
            case Complex128 c -> new Values(GoType.COMPLEX128, c);
            case Complex64 c -> new Values(GoType.COMPLEX64, c);
            case Boxed b -> new Values(b.type(), b.value());
            case GoStruct<?> s -> new Values(new GoType.Pointer(s.goType()), s);
            default -> new Values(null, v);
        };
    }

    /** The interface value holding {@code repr} of type {@code type} (the reverse of {@link #ofInterface}). */
    static Object toInterface(GoType type, Object repr) {
        if (type == null || type.kind() == GoType.Kind.INTERFACE) {
            return repr;
        }
        if (type instanceof GoType.Basic b) {
            return switch (b.kind()) {
                case BOOL, INT, INT32, INT16, INT8, FLOAT64, FLOAT32, STRING, COMPLEX128, COMPLEX64 -> repr;
                default -> new Boxed(type, repr);
            };
        }
        if (type instanceof GoType.Pointer(GoType elem) && elem.kind() == GoType.Kind.STRUCT && repr != null) {
            return repr;
        }
        if (type instanceof GoType.Named n && n.underlying() instanceof GoType.Struct && repr instanceof dev.goloom.runtime.GoStruct<?>) {
            // A named struct value: its generated T.InterfaceValue implements T's value methods, as Go's method set.
            return go.reflect.Reprs.toInterface(type, repr);
        }
        return new Boxed(type, repr);
    }

    /** This value as an interface value. */
    Object toInterface() {
        return toInterface(type, repr);
    }

    GoType.Kind kind() {
        return type == null ? null : type.kind();
    }

    /** The integer's bits as a long (sign-extended for signed kinds, zero-extended for unsigned). */
    static long bits(GoType.Kind kind, Object repr) {
        boolean unsigned = isUnsigned(kind);
        return switch (repr) {
            case Long l -> l;
            case Integer i -> unsigned ? i & 0xffffffffL : i;
            case Short s -> unsigned ? s & 0xffffL : s;
            case Byte b -> unsigned ? b & 0xffL : b;
            case Character c -> c;
            default -> throw new IllegalArgumentException("not an integer: " + repr);
        };
    }

    static boolean isUnsigned(GoType.Kind kind) {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    static boolean isInteger(GoType.Kind kind) {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    /** The element type of a slice or array type. */
    static GoType elem(GoType t) {
        return switch (t.underlying()) {
            case GoType.Slice s -> s.elem();
            case GoType.Array a -> a.elem();
            default -> throw new IllegalArgumentException("no elements: " + t);
        };
    }

    /** len of a slice (runtime slice class) or array (Java array). */
    static long length(Object repr) {
        return switch (repr) {
            case SliceBase s -> s.len();
            case null -> 0;
            default -> java.lang.reflect.Array.getLength(repr);
        };
    }

    /** Element {@code i} of a slice or array, boxed. */
    static Object index(Object repr, long i) {
        return switch (repr) {
            case LongSlice s -> s.get(i);
            case IntSlice s -> s.get(i);
            case ShortSlice s -> s.get(i);
            case ByteSlice s -> s.get(i);
            case DoubleSlice s -> s.get(i);
            case FloatSlice s -> s.get(i);
            case BoolSlice s -> s.get(i);
            case Slice<?> s -> s.get(i);
            default -> java.lang.reflect.Array.get(repr, (int) i);
        };
    }

    static boolean isNilSlice(Object repr) {
        return repr == null || repr instanceof SliceBase s && s.isNil();
    }

    static boolean isNilMap(Object repr) {
        return repr == null || repr instanceof GoMap<?, ?> m && m.isNil();
    }

    /** The declared type of field {@code i} of a struct type. */
    static GoType.Field field(GoType structType, int i) {
        return ((GoType.Struct) structType.underlying()).fields().get(i);
    }

    static int numFields(GoType structType) {
        return ((GoType.Struct) structType.underlying()).fields().size();
    }

    /** Field {@code i} of a struct value: the field's own type and representation (interface fields keep the interface value). */
    static Values fieldOf(GoType structType, Object struct, int i) {
        GoType ft = field(structType, i).type();
        Object iface = ((GoStruct<?>) struct).field(i);
        if (ft.kind() == GoType.Kind.INTERFACE) {
            return new Values(ft, iface);
        }
        Values v = ofInterface(iface);
        return new Values(ft, v.repr());
    }
}
