// reflect.Value: a Go value with its type, addressability (CanSet/CanAddr) and Go's panics for misuse.
package go.reflect;

import dev.goloom.runtime.BoolSlice;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Chan;
import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.DoubleSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.FloatSlice;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.Interfaces;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.RuntimeErrors;
import dev.goloom.runtime.ShortSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.SliceBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Go's {@code reflect.Value}, immutable (so a copy is the value itself). Invariants:
 * {@code type == null} exactly for the zero Value; {@code repr} is the value in the translator's
 * representation of {@code type} (see {@link Reprs}); {@code store} is non-null exactly when the
 * value is addressable (an element of a slice, what a pointer points to, a field or element of
 * an addressable value) and writes the variable; {@code readOnly} marks values reached through
 * unexported struct fields (Go's flagRO: readable, not settable, not Interface-able).
 */
public final class Value implements GoStruct<Value> {
    /** The descriptor of reflect.Value (its fields are not visible to Go code). */
    public static final GoType.Named TYPE = new GoType.Named("reflect", "reflect", "Value").define(new GoType.Struct(List.of()));
    /** Element type of []reflect.Value (three words, as Go's Value). */
    static final ElemType<Value> ELEM = new ElemType<>(24, false, new Value());

    /** The value's type; null for the zero Value. */
    final GoType type;
    /** The value in the translator's representation of its type. */
    final Object repr;
    /** Writes the variable this value was read from; null when not addressable. */
    private final Consumer<Object> store;
    /** Obtained through an unexported field. */
    private final boolean readOnly;

    /** The zero Value: IsValid reports false. */
    public Value() {
        this(null, null, null, false);
    }

    private Value(GoType type, Object repr, Consumer<Object> store, boolean readOnly) {
        this.type = type;
        this.repr = repr;
        this.store = store;
        this.readOnly = readOnly;
    }

    /** A non-addressable value of type {@code t}. */
    static Value of(GoType t, Object repr) {
        return new Value(t, repr, null, false);
    }

    /** The value inside interface value {@code iface} (the zero Value for nil). */
    static Value ofInterface(Object iface) {
        return iface == null ? new Value() : of(Interfaces.typeOf(iface), Reprs.payload(iface));
    }

    private long kind() {
        return type == null ? Kinds.INVALID : Kinds.of(type.kind());
    }

    private GoType.Kind goKind() {
        return type == null ? null : type.kind();
    }

    private GoPanic wrongKind(String method) {
        return new GoPanic(new ValueError("reflect.Value." + method, kind()));
    }

    private void mustBe(GoType.Kind k, String method) {
        if (goKind() != k) {
            throw wrongKind(method);
        }
    }

    private void mustBeAssignable(String method) {
        if (type == null) {
            throw wrongKind(method);
        }
        if (readOnly) {
            throw new GoPanic("reflect: reflect.Value." + method + " using value obtained using unexported field");
        }
        if (store == null) {
            throw new GoPanic("reflect: reflect.Value." + method + " using unaddressable value");
        }
    }

    // ---- type and validity ---------------------------------------------------------------------

    public long Kind() {
        return kind();
    }

    public Type Type() {
        if (type == null) {
            throw wrongKind("Type");
        }
        return RType.of(type);
    }

    public boolean IsValid() {
        return type != null;
    }

    public boolean IsNil() {
        return switch (kind() == Kinds.INVALID ? GoType.Kind.BOOL : goKind()) {
            case CHAN, FUNC, POINTER, UNSAFE_POINTER, INTERFACE -> repr == null;
            case MAP -> repr == null || ((GoMap<?, ?>) repr).isNil();
            case SLICE -> repr == null || ((SliceBase) repr).isNil();
            default -> throw wrongKind("IsNil");
        };
    }

    public boolean IsZero() {
        if (type == null) {
            throw wrongKind("IsZero");
        }
        return isZero(type, repr);
    }

    static boolean isZero(GoType t, Object repr) {
        return switch (t.kind()) {
            case BOOL -> !(Boolean) repr;
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> ((Number) repr).longValue() == 0;
            // Go: the bits are zero (-0.0 is not the zero value).
            case FLOAT64 -> Double.doubleToRawLongBits((Double) repr) == 0;
            case FLOAT32 -> Float.floatToRawIntBits((Float) repr) == 0;
            case COMPLEX128 -> Double.doubleToRawLongBits(((Complex128) repr).real()) == 0
                    && Double.doubleToRawLongBits(((Complex128) repr).imag()) == 0;
            case COMPLEX64 -> Float.floatToRawIntBits(((Complex64) repr).real()) == 0
                    && Float.floatToRawIntBits(((Complex64) repr).imag()) == 0;
            case STRING -> ((String) repr).isEmpty();
            case CHAN, FUNC, POINTER, UNSAFE_POINTER, INTERFACE -> repr == null;
            case MAP -> repr == null || ((GoMap<?, ?>) repr).isNil();
            case SLICE -> repr == null || ((SliceBase) repr).isNil();
            case ARRAY -> {
                GoType e = ((GoType.Array) t.underlying()).elem();
                for (long i = 0, n = Reprs.length(repr); i < n; i++) {
                    if (!isZero(e, Reprs.index(repr, i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case STRUCT -> {
                GoType.Struct st = (GoType.Struct) t.underlying();
                for (int i = 0; i < st.fields().size(); i++) {
                    if (!isZero(st.fields().get(i).type(), Fields.get(st, repr, i))) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    // ---- back to Go values -----------------------------------------------------------------------

    public Object Interface() {
        if (type == null) {
            throw wrongKind("Interface");
        }
        if (readOnly) {
            throw new GoPanic("reflect.Value.Interface: cannot return value obtained from unexported field or method");
        }
        return Reprs.toInterface(type, repr);
    }

    /** The held value as an interface value, even when read-only (fmt prints such values; not part of Go's API). */
    public Object heldValue() {
        return Reprs.toInterface(type, repr);
    }

    public boolean CanInterface() {
        if (type == null) {
            throw wrongKind("CanInterface");
        }
        return !readOnly;
    }

    public boolean CanSet() {
        return store != null && !readOnly;
    }

    public boolean CanAddr() {
        return store != null;
    }

    public Value Addr() {
        if (store == null) {
            throw new GoPanic("reflect.Value.Addr of unaddressable value");
        }
        if (repr instanceof GoStruct<?> && type.kind() == GoType.Kind.STRUCT) {
            return new Value(new GoType.Pointer(type), repr, null, readOnly);
        }
        throw Reflect.unsupported("reflect.Value.Addr of a " + type + " (only struct values)");
    }

    public boolean CanInt() {
        return type != null && Kinds.isSignedInt(type.kind());
    }

    public boolean CanUint() {
        return type != null && Kinds.isUnsignedInt(type.kind());
    }

    public boolean CanFloat() {
        return type != null && Kinds.isFloat(type.kind());
    }

    public boolean CanComplex() {
        return type != null && Kinds.isComplex(type.kind());
    }

    public boolean Bool() {
        mustBe(GoType.Kind.BOOL, "Bool");
        return (Boolean) repr;
    }

    public long Int() {
        if (!CanInt()) {
            throw wrongKind("Int");
        }
        return ((Number) repr).longValue();
    }

    public long Uint() {
        if (!CanUint()) {
            throw wrongKind("Uint");
        }
        return switch (repr) {
            case Integer i -> i & 0xffffffffL;
            case Short s -> s & 0xffffL;
            case Byte b -> b & 0xffL;
            default -> (Long) repr;
        };
    }

    public double Float() {
        if (!CanFloat()) {
            throw wrongKind("Float");
        }
        return ((Number) repr).doubleValue();
    }

    public Complex128 Complex() {
        return switch (repr) {
            case Complex128 c when CanComplex() -> c;
            case Complex64 c when CanComplex() -> new Complex128(c.real(), c.imag());
            default -> throw wrongKind("Complex");
        };
    }

    /** The string for a string Value; {@code <T Value>} for others, as Go. */
    public String String() {
        if (type == null) {
            return "<invalid Value>";
        }
        if (type.kind() == GoType.Kind.STRING) {
            return (String) repr;
        }
        return "<" + type + " Value>";
    }

    public ByteSlice Bytes() {
        if (goKind() == GoType.Kind.SLICE && repr instanceof ByteSlice b) {
            return b;
        }
        if (goKind() == GoType.Kind.ARRAY && repr instanceof byte[] a) {
            if (store == null) {
                throw new GoPanic("reflect.Value.Bytes of unaddressable byte array");
            }
            return ByteSlice.fromArray(a, 0, a.length);
        }
        throw wrongKind("Bytes");
    }

    // ---- lengths and elements -----------------------------------------------------------------

    public long Len() {
        return switch (kind() == Kinds.INVALID ? GoType.Kind.BOOL : goKind()) {
            case ARRAY, SLICE -> Reprs.length(repr);
            case STRING -> ((String) repr).length();
            case MAP -> repr == null ? 0 : ((GoMap<?, ?>) repr).len();
            case CHAN -> repr == null ? 0 : ((Chan<?>) repr).len();
            case POINTER -> {
                if (type.underlying() instanceof GoType.Pointer(GoType e) && e.kind() == GoType.Kind.ARRAY) {
                    yield ((GoType.Array) e.underlying()).len();
                }
                throw new GoPanic("reflect: call of reflect.Value.Len on ptr to non-array Value");
            }
            default -> throw wrongKind("Len");
        };
    }

    public long Cap() {
        return switch (kind() == Kinds.INVALID ? GoType.Kind.BOOL : goKind()) {
            case ARRAY -> Reprs.length(repr);
            case SLICE -> ((SliceBase) repr).cap();
            case CHAN -> repr == null ? 0 : ((Chan<?>) repr).cap();
            default -> throw wrongKind("Cap");
        };
    }

    public Value Index(long i) {
        switch (kind() == Kinds.INVALID ? GoType.Kind.BOOL : goKind()) {
            case SLICE -> {
                if (i < 0 || i >= Reprs.length(repr)) {
                    throw new GoPanic("reflect: slice index out of range");
                }
                GoType e = ((GoType.Slice) type.underlying()).elem();
                Object s = repr;
                return new Value(e, Reprs.index(s, i), x -> Reprs.setIndex(s, i, x), readOnly);
            }
            case ARRAY -> {
                if (i < 0 || i >= Reprs.length(repr)) {
                    throw new GoPanic("reflect: array index out of range");
                }
                GoType e = ((GoType.Array) type.underlying()).elem();
                Object a = repr;
                return new Value(e, Reprs.index(a, i), store == null ? null : x -> Reprs.setIndex(a, i, x), readOnly);
            }
            case STRING -> {
                String s = (String) repr;
                if (i < 0 || i >= s.length()) {
                    throw new GoPanic("reflect: string index out of range");
                }
                return new Value(GoType.UINT8, (byte) s.charAt((int) i), null, readOnly);
            }
            default -> throw wrongKind("Index");
        }
    }

    public Value Slice(long i, long j) {
        Object s = switch (repr) {
            case String str when goKind() == GoType.Kind.STRING -> {
                if (i < 0 || j < i || j > str.length()) {
                    throw new GoPanic("reflect.Value.Slice: string slice index out of bounds");
                }
                yield str.substring((int) i, (int) j);
            }
            case LongSlice x -> x.slice(i, j);
            case IntSlice x -> x.slice(i, j);
            case ShortSlice x -> x.slice(i, j);
            case ByteSlice x -> x.slice(i, j);
            case DoubleSlice x -> x.slice(i, j);
            case FloatSlice x -> x.slice(i, j);
            case BoolSlice x -> x.slice(i, j);
            case Slice<?> x -> x.slice(i, j);
            default -> throw wrongKind("Slice");
        };
        return new Value(type, s, null, readOnly);
    }

    public Value Elem() {
        switch (kind() == Kinds.INVALID ? GoType.Kind.BOOL : goKind()) {
            case INTERFACE -> {
                Value v = ofInterface(repr);
                return v.type == null ? v : new Value(v.type, v.repr, null, readOnly);
            }
            case POINTER -> {
                if (repr == null) {
                    return new Value();
                }
                GoType e = ((GoType.Pointer) type.underlying()).elem();
                if (repr instanceof GoStruct<?> s) {
                    return new Value(e, s, x -> Fields.assign(s, x), readOnly);
                }
                Object p = repr;
                return new Value(e, Reprs.load(p), x -> Reprs.store(p, x), readOnly);
            }
            default -> throw wrongKind("Elem");
        }
    }

    // ---- structs --------------------------------------------------------------------------------

    private GoType.Struct struct(String method) {
        if (goKind() != GoType.Kind.STRUCT) {
            throw wrongKind(method);
        }
        return (GoType.Struct) type.underlying();
    }

    public long NumField() {
        return struct("NumField").fields().size();
    }

    public Value Field(long i) {
        GoType.Struct st = struct("Field");
        if (i < 0 || i >= st.fields().size()) {
            throw new GoPanic("reflect: Field index out of range");
        }
        GoType.Field f = st.fields().get((int) i);
        boolean ro = readOnly || !RType.exported(f.name());
        Object owner = repr;
        if (store != null) {
            return new Value(f.type(), Fields.getLive(owner, (int) i), x -> Fields.set(owner, (int) i, x), ro);
        }
        return new Value(f.type(), Fields.get(st, owner, (int) i), null, ro);
    }

    public Value FieldByName(String name) {
        Value v = this;
        var found = RType.of(type).FieldByName(name);
        if (!found.v1()) {
            return new Value();
        }
        LongSlice index = found.v0().Index;
        for (long k = 0; k < index.len(); k++) {
            if (k > 0 && v.goKind() == GoType.Kind.POINTER) {
                v = v.Elem();
                if (v.type == null) {
                    throw new GoPanic("reflect: indirection through nil pointer to embedded struct");
                }
            }
            v = v.Field(index.get(k));
        }
        return v;
    }

    // ---- maps -----------------------------------------------------------------------------------

    /** A map key or element as the map holds it: interface-typed ones as interface values. */
    private static Object forType(GoType t, Value x) {
        if (t.kind() == GoType.Kind.INTERFACE && x.type != null && x.type.kind() != GoType.Kind.INTERFACE) {
            return Reprs.toInterface(x.type, x.repr);
        }
        return Reprs.copyOf(t, x.repr);
    }

    public Slice<Value> MapKeys() {
        mustBe(GoType.Kind.MAP, "MapKeys");
        GoType kt = ((GoType.Map) type.underlying()).key();
        List<Value> keys = new ArrayList<>();
        if (repr != null) {
            for (Map.Entry<?, ?> e : (GoMap<?, ?>) repr) {
                keys.add(new Value(kt, e.getKey(), null, readOnly));
            }
        }
        return Slice.of(ELEM, keys.toArray(new Value[0]));
    }

    @SuppressWarnings("unchecked")
    public Value MapIndex(Value key) {
        mustBe(GoType.Kind.MAP, "MapIndex");
        GoType.Map mt = (GoType.Map) type.underlying();
        if (repr == null) {
            return new Value();
        }
        Map.Entry<Object, Object> e = ((GoMap<Object, Object>) repr).lookup(forType(mt.key(), key));
        return e == null ? new Value() : new Value(mt.value(), e.getValue(), null, readOnly);
    }

    @SuppressWarnings("unchecked")
    public void SetMapIndex(Value key, Value elem) {
        mustBe(GoType.Kind.MAP, "SetMapIndex");
        if (readOnly) {
            throw new GoPanic("reflect: reflect.Value.SetMapIndex using value obtained using unexported field");
        }
        GoType.Map mt = (GoType.Map) type.underlying();
        GoMap<Object, Object> m = (GoMap<Object, Object>) repr;
        if (elem.type == null) {
            if (m != null) {
                m.delete(forType(mt.key(), key));
            }
            return;
        }
        if (m == null || m.isNil()) {
            throw new GoPanic(RuntimeErrors.NIL_MAP_ASSIGNMENT);
        }
        m.put(forType(mt.key(), key), forType(mt.value(), elem));
    }

    // ---- setting --------------------------------------------------------------------------------

    public void Set(Value x) {
        mustBeAssignable("Set");
        if (x.readOnly) {
            throw new GoPanic("reflect: reflect.Value.Set using value obtained using unexported field");
        }
        if (x.type == null) {
            throw x.wrongKind("Set");
        }
        if (!Conversions.assignable(x.type, type)) {
            throw new GoPanic("reflect.Set: value of type " + x.type + " is not assignable to type " + type);
        }
        store.accept(forType(type, x));
    }

    public void SetInt(long x) {
        mustBeAssignable("SetInt");
        store.accept(switch (type.kind()) {
            case INT, INT64 -> x;
            case INT32 -> (int) x;
            case INT16 -> (short) x;
            case INT8 -> (byte) x;
            default -> throw wrongKind("SetInt");
        });
    }

    public void SetUint(long x) {
        mustBeAssignable("SetUint");
        store.accept(switch (type.kind()) {
            case UINT, UINT64, UINTPTR -> x;
            case UINT32 -> (int) x;
            case UINT16 -> (short) x;
            case UINT8 -> (byte) x;
            default -> throw wrongKind("SetUint");
        });
    }

    public void SetFloat(double x) {
        mustBeAssignable("SetFloat");
        store.accept(switch (type.kind()) {
            case FLOAT64 -> x;
            case FLOAT32 -> (float) x;
            default -> throw wrongKind("SetFloat");
        });
    }

    public void SetComplex(Complex128 x) {
        mustBeAssignable("SetComplex");
        store.accept(switch (type.kind()) {
            case COMPLEX128 -> x;
            case COMPLEX64 -> new Complex64((float) x.real(), (float) x.imag());
            default -> throw wrongKind("SetComplex");
        });
    }

    public void SetBool(boolean x) {
        mustBeAssignable("SetBool");
        mustBe(GoType.Kind.BOOL, "SetBool");
        store.accept(x);
    }

    public void SetString(String x) {
        mustBeAssignable("SetString");
        mustBe(GoType.Kind.STRING, "SetString");
        store.accept(x);
    }

    // ---- methods and calls ------------------------------------------------------------------------

    public long NumMethod() {
        if (type == null) {
            throw wrongKind("NumMethod");
        }
        return MethodSets.of(type).size();
    }

    public Value Method(long i) {
        if (type == null) {
            throw wrongKind("Method");
        }
        List<GoType.Method> ms = MethodSets.of(type);
        if (i < 0 || i >= ms.size()) {
            throw new GoPanic("reflect: Method index out of range");
        }
        if (type.kind() == GoType.Kind.INTERFACE) {
            if (repr == null) {
                throw new GoPanic("reflect: Method on nil interface value");
            }
            return Elem().MethodByName(ms.get((int) i).name());
        }
        return MethodSets.bound(type, repr, ms.get((int) i));
    }

    public Value MethodByName(String name) {
        if (type == null) {
            throw wrongKind("MethodByName");
        }
        List<GoType.Method> ms = MethodSets.of(type);
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).name().equals(name)) {
                return Method(i);
            }
        }
        return new Value();
    }

    /** clear(m) for a map Value, clear(s) for a slice Value. */
    public void Clear() {
        switch (kind() == Kinds.INVALID ? GoType.Kind.BOOL : goKind()) {
            case MAP -> {
                if (repr != null) {
                    ((GoMap<?, ?>) repr).clear();
                }
            }
            case SLICE -> {
                GoType e = ((GoType.Slice) type.underlying()).elem();
                for (long i = 0, n = Reprs.length(repr); i < n; i++) {
                    Reprs.setIndex(repr, i, Reprs.zero(e));
                }
            }
            default -> throw wrongKind("Clear");
        }
    }

    public MapIter MapRange() {
        if (goKind() != GoType.Kind.MAP) {
            throw wrongKind("MapRange");
        }
        return new MapIter(this);
    }

    public boolean CanConvert(Type t) {
        return type != null && Conversions.convertible(type, ((RType) t).t);
    }

    /** Go's conversion T(v); panics as Go when not convertible. */
    public Value Convert(Type t) {
        GoType to = ((RType) t).t;
        if (type == null || !Conversions.convertible(type, to)) {
            throw new GoPanic("reflect.Value.Convert: value of type " + (type == null ? "<nil>" : type)
                    + " cannot be converted to type " + to);
        }
        return new Value(to, Conversions.convert(type, repr, to), null, readOnly);
    }

    public Slice<Value> Call(Slice<Value> in) {
        mustBe(GoType.Kind.FUNC, "Call");
        if (repr == null) {
            throw new GoPanic("reflect.Value.Call: call of nil function");
        }
        GoType.Func ft = (GoType.Func) type.underlying();
        int fixed = ft.variadic() ? ft.params().size() - 1 : ft.params().size();
        long n = in.len();
        if (n < fixed) {
            throw new GoPanic("reflect: Call with too few input arguments");
        }
        if (!ft.variadic() && n > fixed) {
            throw new GoPanic("reflect: Call with too many input arguments");
        }
        Object[] args = new Object[ft.params().size()];
        for (int k = 0; k < fixed; k++) {
            Value a = in.get(k);
            GoType pt = ft.params().get(k);
            if (a.type == null || !Conversions.assignable(a.type, pt)) {
                throw new GoPanic("reflect: Call using " + (a.type == null ? "zero Value" : a.type) + " as type " + pt);
            }
            args[k] = forType(pt, a);
        }
        if (ft.variadic()) {
            GoType.Slice st = (GoType.Slice) ft.params().getLast();
            Object rest = Reprs.makeSlice(st.elem(), n - fixed, n - fixed);
            for (int k = fixed; k < n; k++) {
                Reprs.setIndex(rest, k - fixed, forType(st.elem(), in.get(k)));
            }
            args[fixed] = rest;
        }
        List<Object> results = MethodSets.results(ft, Funcs.call(repr, args));
        Value[] out = new Value[results.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = of(ft.results().get(k), results.get(k));
        }
        return Slice.of(ELEM, out);
    }

    public boolean Equal(Value u) {
        if (type == null || u.type == null) {
            return type == null && u.type == null;
        }
        if (!type.equals(u.type)) {
            return false;
        }
        return dev.goloom.runtime.GoEquality.equalInterfaces(Reprs.toInterface(type, repr), Reprs.toInterface(u.type, u.repr));
    }

    public boolean Comparable() {
        if (type == null) {
            return true;
        }
        if (type.kind() == GoType.Kind.INTERFACE) {
            return Elem().Comparable();
        }
        return RType.comparable(type);
    }

    // ---- GoStruct -------------------------------------------------------------------------------

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public Value copy() {
        return this;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Value v && v.type == type && v.repr == repr && v.readOnly == readOnly && (v.store == null) == (store == null);
    }

    @Override public int hashCode() {
        return System.identityHashCode(repr);
    }

    @Override public java.lang.String toString() {
        return String();
    }
}
