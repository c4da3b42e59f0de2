// The Java representation of Go values for reflect: interface values ↔ representations, zero values, elements and pointers.
package go.reflect;

import dev.goloom.runtime.BoolPtr;
import dev.goloom.runtime.BoolSlice;
import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.BytePtr;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.DoublePtr;
import dev.goloom.runtime.DoubleSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.FloatPtr;
import dev.goloom.runtime.FloatSlice;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntPtr;
import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.Interfaces;
import dev.goloom.runtime.LongPtr;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Ptr;
import dev.goloom.runtime.ShortPtr;
import dev.goloom.runtime.ShortSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.SliceBase;

/**
 * A value of Go type {@code t} is represented as the translator represents it (see
 * {@link Boxed}): integers as Long/Integer/Short/Byte by width (unsigned too), floats as
 * Double/Float, strings as String, slices as the runtime slice classes, arrays as Java arrays,
 * maps as {@link GoMap}, a struct value and a pointer to a struct as the {@link GoStruct}
 * object, other pointers as the runtime pointer objects, funcs as lambdas, an interface-typed
 * value as the interface value itself. nil pointers, funcs and chans are null.
 */
public final class Reprs {
    private Reprs() {}

    /** The representation inside a non-nil interface value (its dynamic type is {@link Interfaces#typeOf}). */
    static Object payload(Object iface) {
        return Interfaces.payload(iface);
    }

    /**
     * The interface value holding {@code repr} of type {@code t}. Struct values are copied. fmt
     * uses it for struct values inside composites, so their value methods (String, Error) count.
     */
    public static Object toInterface(GoType t, Object repr) {
        if (t.kind() == GoType.Kind.INTERFACE) {
            return repr;
        }
        if (t instanceof GoType.Basic b) {
            return switch (b.kind()) {
                case BOOL, INT, INT32, INT16, INT8, FLOAT64, FLOAT32, STRING, COMPLEX128, COMPLEX64 -> repr;
                default -> new Boxed(t, repr);
            };
        }
        if (t instanceof GoType.Pointer(GoType elem) && elem.kind() == GoType.Kind.STRUCT && repr instanceof GoStruct<?>) {
            return repr;
        }
        if (t instanceof GoType.Pointer(GoType elem) && elem.kind() == GoType.Kind.STRUCT && repr == null
                && elem instanceof GoType.Named n && n.declaredIn() != null) {
            // A typed nil *T: the struct class's NIL, which implements what *T does.
            try {
                return n.declaredIn().getField("NIL").get(null);
            } catch (ReflectiveOperationException e) {
                return new Boxed(t, null);
            }
        }
        Object value = copyOf(t, repr);
        java.lang.reflect.Constructor<?> box = boxClass(t, value);
        if (box != null) {
            try {
                return box.newInstance(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Boxed(t, value);
    }

    /** Named type → the constructor of its generated Boxed subclass (T.InterfaceValue, or the class T of a non-struct type). */
    private static final java.util.concurrent.ConcurrentHashMap<GoType, java.util.Optional<java.lang.reflect.Constructor<?>>> BOX_CLASSES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The generated class whose instances are values of named type t in interfaces (they
     * implement the Java interfaces of t's method set), or null when t has none.
     */
    private static java.lang.reflect.Constructor<?> boxClass(GoType t, Object value) {
        // *T of a named non-struct T: the nested class T.PointerValue holds *T's method set.
        boolean pointer = t instanceof GoType.Pointer(GoType.Named elem) && !(elem.underlying() instanceof GoType.Struct);
        if (!((pointer ? ((GoType.Pointer) t).elem() : t) instanceof GoType.Named n) || n.declaredIn() == null) {
            return null;
        }
        return BOX_CLASSES.computeIfAbsent(t, k -> {
            String name = pointer ? n.declaredIn().getPackageName() + "." + n.name() + "$PointerValue"
                    : n.underlying() instanceof GoType.Struct ? n.declaredIn().getName() + "$InterfaceValue"
                    : n.declaredIn().getPackageName() + "." + n.name();
            try {
                Class<?> c = Class.forName(name, true, n.declaredIn().getClassLoader());
                if (!Boxed.class.isAssignableFrom(c)) {
                    return java.util.Optional.empty();
                }
                for (java.lang.reflect.Constructor<?> ctor : c.getConstructors()) {
                    if (ctor.getParameterCount() == 1) {
                        return java.util.Optional.of(ctor);
                    }
                }
            } catch (ClassNotFoundException e) {
                // No generated class: a plain Boxed.
            }
            return java.util.Optional.empty();
        }).orElse(null);
    }

    /** Go's assignment copy of a value of type t: struct values and arrays are copied. */
    static Object copyOf(GoType t, Object repr) {
        return switch (repr) {
            case GoStruct<?> s when t.kind() == GoType.Kind.STRUCT -> s.copy();
            case long[] a -> a.clone();
            case int[] a -> a.clone();
            case short[] a -> a.clone();
            case byte[] a -> a.clone();
            case double[] a -> a.clone();
            case float[] a -> a.clone();
            case boolean[] a -> a.clone();
            case Object[] a when t.kind() == GoType.Kind.ARRAY -> {
                Object[] c = a.clone();
                GoType e = ((GoType.Array) t.underlying()).elem();
                for (int i = 0; i < c.length; i++) {
                    c[i] = copyOf(e, c[i]);
                }
                yield c;
            }
            case null, default -> repr;
        };
    }

    /** The zero value of {@code t}; unsupported for types whose Java class the descriptor does not know. */
    static Object zero(GoType t) {
        GoType u = t.underlying();
        return switch (u.kind()) {
            case BOOL -> false;
            case INT, INT64, UINT, UINT64, UINTPTR -> 0L;
            case INT32, UINT32 -> 0;
            case INT16, UINT16 -> (short) 0;
            case INT8, UINT8 -> (byte) 0;
            case FLOAT64 -> 0.0;
            case FLOAT32 -> 0.0f;
            case COMPLEX128 -> Complex128.ZERO;
            case COMPLEX64 -> new Complex64(0, 0);
            case STRING -> "";
            case SLICE -> nilSlice(((GoType.Slice) u).elem());
            case MAP -> GoMap.nil();
            case ARRAY -> newArray((GoType.Array) u);
            case POINTER, FUNC, CHAN, INTERFACE, UNSAFE_POINTER -> null;
            case STRUCT -> {
                if (t instanceof GoType.Named n && n.declaredIn() != null && GoStruct.class.isAssignableFrom(n.declaredIn())) {
                    try {
                        yield n.declaredIn().getConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                throw Reflect.unsupported("the zero value of struct type " + t);
            }
        };
    }

    /** A Java array of {@code a}'s length holding zero values. */
    static Object newArray(GoType.Array a) {
        int n = (int) a.len();
        GoType e = a.elem().underlying();
        return switch (e.kind()) {
            case BOOL -> new boolean[n];
            case INT, INT64, UINT, UINT64, UINTPTR -> new long[n];
            case INT32, UINT32 -> new int[n];
            case INT16, UINT16 -> new short[n];
            case INT8, UINT8 -> new byte[n];
            case FLOAT64 -> new double[n];
            case FLOAT32 -> new float[n];
            case STRING -> filled(new String[n], "");
            case POINTER, FUNC, CHAN, INTERFACE -> new Object[n];
            default -> throw Reflect.unsupported("arrays of " + a.elem() + " made by reflect");
        };
    }

    private static Object[] filled(Object[] a, Object v) {
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** The nil slice with elements of type {@code elem}. */
    static SliceBase nilSlice(GoType elem) {
        return switch (elem.underlying().kind()) {
            case BOOL -> BoolSlice.NIL;
            case INT, INT64, UINT, UINT64, UINTPTR -> LongSlice.NIL;
            case INT32, UINT32 -> IntSlice.NIL;
            case INT16, UINT16 -> ShortSlice.NIL;
            case INT8, UINT8 -> ByteSlice.NIL;
            case FLOAT64 -> DoubleSlice.NIL;
            case FLOAT32 -> FloatSlice.NIL;
            default -> Slice.nil(elemType(elem));
        };
    }

    /** The ElemType of a reference-held element type (append's capacities depend on its size). */
    static ElemType<Object> elemType(GoType elem) {
        return new ElemType<>((int) Sizes.size(elem), !Sizes.hasPointers(elem), zero(elem));
    }

    /** make([]T, len, cap). */
    static SliceBase makeSlice(GoType elem, long len, long cap) {
        return switch (elem.underlying().kind()) {
            case BOOL -> BoolSlice.make(len, cap);
            case INT, INT64, UINT, UINT64, UINTPTR -> LongSlice.make(len, cap);
            case INT32, UINT32 -> IntSlice.make(len, cap);
            case INT16, UINT16 -> ShortSlice.make(len, cap);
            case INT8, UINT8 -> ByteSlice.make(len, cap);
            case FLOAT64 -> DoubleSlice.make(len, cap);
            case FLOAT32 -> FloatSlice.make(len, cap);
            default -> Slice.make(len, cap, elemType(elem));
        };
    }

    /** Element {@code i} of a slice or Java array, boxed; Go's index panic when out of range. */
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

    /** Stores {@code v} (a representation) as element {@code i} of a slice or Java array. */
    @SuppressWarnings("unchecked")
    static void setIndex(Object repr, long i, Object v) {
        switch (repr) {
            case LongSlice s -> s.set(i, (Long) v);
            case IntSlice s -> s.set(i, (Integer) v);
            case ShortSlice s -> s.set(i, (Short) v);
            case ByteSlice s -> s.set(i, (Byte) v);
            case DoubleSlice s -> s.set(i, (Double) v);
            case FloatSlice s -> s.set(i, (Float) v);
            case BoolSlice s -> s.set(i, (Boolean) v);
            case Slice<?> s -> ((Slice<Object>) s).set(i, v);
            default -> java.lang.reflect.Array.set(repr, (int) i, v);
        }
    }

    /** len of a slice (runtime slice class) or array (Java array). */
    static long length(Object repr) {
        return switch (repr) {
            case SliceBase s -> s.len();
            case null -> 0;
            default -> java.lang.reflect.Array.getLength(repr);
        };
    }

    /**
     * What pointer {@code p} (not a pointer to a struct) points to, boxed. A pointer to an array
     * is the Java array itself (the translator's representation), so it loads as itself.
     */
    static Object load(Object p) {
        return switch (p) {
            case Object a when a.getClass().isArray() -> a;
            case LongPtr l -> l.get();
            case IntPtr l -> l.get();
            case ShortPtr l -> l.get();
            case BytePtr l -> l.get();
            case DoublePtr l -> l.get();
            case FloatPtr l -> l.get();
            case BoolPtr l -> l.get();
            case Ptr<?> l -> l.get();
            default -> throw Reflect.unsupported("pointers of class " + p.getClass().getName());
        };
    }

    /** Stores {@code v} (a representation) through pointer {@code p} (not a pointer to a struct). */
    @SuppressWarnings("unchecked")
    static void store(Object p, Object v) {
        switch (p) {
            case Object a when a.getClass().isArray() -> System.arraycopy(v, 0, a, 0, java.lang.reflect.Array.getLength(a));
            case LongPtr l -> l.set((Long) v);
            case IntPtr l -> l.set((Integer) v);
            case ShortPtr l -> l.set((Short) v);
            case BytePtr l -> l.set((Byte) v);
            case DoublePtr l -> l.set((Double) v);
            case FloatPtr l -> l.set((Float) v);
            case BoolPtr l -> l.set((Boolean) v);
            case Ptr<?> l -> ((Ptr<Object>) l).set(v);
            default -> throw Reflect.unsupported("pointers of class " + p.getClass().getName());
        }
    }

    /** A fresh pointer to a new variable of type {@code elem} holding its zero value (reflect.New). */
    static Object newPointer(GoType elem) {
        if (elem.underlying().kind() == GoType.Kind.STRUCT || elem.underlying().kind() == GoType.Kind.ARRAY) {
            // A pointer to a struct or an array is the object itself.
            return zero(elem);
        }
        Object zero = zero(elem);
        return switch (elem.underlying().kind()) {
            case INT, INT64, UINT, UINT64, UINTPTR -> new dev.goloom.runtime.LongCell((Long) zero);
            case INT32, UINT32 -> new dev.goloom.runtime.IntCell((Integer) zero);
            case INT16, UINT16 -> new dev.goloom.runtime.ShortCell((Short) zero);
            case INT8, UINT8 -> new dev.goloom.runtime.ByteCell((Byte) zero);
            case FLOAT64 -> new dev.goloom.runtime.DoubleCell((Double) zero);
            case FLOAT32 -> new dev.goloom.runtime.FloatCell((Float) zero);
            case BOOL -> new dev.goloom.runtime.BoolCell((Boolean) zero);
            default -> new dev.goloom.runtime.Cell<>(zero);
        };
    }
}
