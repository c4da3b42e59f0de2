// The one implementation of reflect.Type: a run-time descriptor (GoType), interned so that == compares types.
package go.reflect;

import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Tuple2;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invariant: one RType per descriptor ({@link #of}), so Go's {@code t1 == t2} on reflect.Type
 * values — a comparison of interface values, which holds exactly for identical types — is Java
 * identity here. Descriptors of unnamed types are records (equal when identical); named types
 * are compared by identity.
 */
final class RType implements Type {
    /** Descriptor → its RType. */
    private static final ConcurrentHashMap<GoType, RType> INTERNED = new ConcurrentHashMap<>();

    /** The descriptor this type reflects. */
    final GoType t;

    private RType(GoType t) {
        this.t = t;
    }

    static RType of(GoType t) {
        return t == null ? null : INTERNED.computeIfAbsent(t, RType::new);
    }

    private GoType u() {
        return t.underlying();
    }

    private GoPanic wrongKind(String method, String what) {
        return new GoPanic("reflect: " + method + " of " + what + " type " + t);
    }

    @Override public long Align() { return Sizes.align(t); }
    @Override public long FieldAlign() { return Sizes.align(t); }

    @Override public Method Method(long i) {
        List<GoType.Method> ms = MethodSets.of(t);
        if (i < 0 || i >= ms.size()) {
            throw new GoPanic("reflect: Method index out of range");
        }
        return MethodSets.method(t, ms.get((int) i), i);
    }

    @Override public Tuple2<Method, Boolean> MethodByName(String name) {
        List<GoType.Method> ms = MethodSets.of(t);
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).name().equals(name)) {
                return new Tuple2<>(MethodSets.method(t, ms.get(i), i), true);
            }
        }
        return new Tuple2<>(new Method(), false);
    }

    @Override public long NumMethod() { return MethodSets.of(t).size(); }

    @Override public String Name() {
        return switch (t) {
            case GoType.Named n -> n.name();
            case GoType.Basic b when b == GoType.UNSAFE_POINTER -> "Pointer"; // a defined type of package unsafe
            case GoType.Basic b -> b.name();
            default -> "";
        };
    }

    @Override public String PkgPath() {
        if (t == GoType.UNSAFE_POINTER) {
            return "unsafe";
        }
        return t instanceof GoType.Named n ? n.pkgPath() : "";
    }

    @Override public long Size() { return Sizes.size(t); }
    @Override public String String() { return t.toString(); }
    @Override public long Kind() { return Kinds.of(t.kind()); }

    @Override public boolean Implements(Type u) {
        if (u == null) {
            throw new GoPanic("reflect: nil type passed to Type.Implements");
        }
        GoType it = ((RType) u).t;
        if (it.kind() != GoType.Kind.INTERFACE) {
            throw new GoPanic("reflect: non-interface type passed to Type.Implements");
        }
        return MethodSets.implementsInterface(t, (GoType.Interface) it.underlying());
    }

    @Override public boolean AssignableTo(Type u) {
        if (u == null) {
            throw new GoPanic("reflect: nil type passed to Type.AssignableTo");
        }
        GoType to = ((RType) u).t;
        return Conversions.assignable(t, to);
    }

    @Override public boolean ConvertibleTo(Type u) {
        if (u == null) {
            throw new GoPanic("reflect: nil type passed to Type.ConvertibleTo");
        }
        return Conversions.convertible(t, ((RType) u).t);
    }

    @Override public boolean Comparable() { return comparable(t); }

    static boolean comparable(GoType t) {
        GoType u = t.underlying();
        return switch (u.kind()) {
            case SLICE, MAP, FUNC -> false;
            case ARRAY -> comparable(((GoType.Array) u).elem());
            case STRUCT -> ((GoType.Struct) u).fields().stream().allMatch(f -> comparable(f.type()));
            default -> true;
        };
    }

    @Override public long Bits() {
        GoType.Kind k = t.kind();
        if (!Kinds.isSignedInt(k) && !Kinds.isUnsignedInt(k) && !Kinds.isFloat(k) && !Kinds.isComplex(k)) {
            throw new GoPanic("reflect: Bits of non-arithmetic Type " + t);
        }
        return Sizes.size(t) * 8;
    }

    @Override public long ChanDir() {
        if (!(u() instanceof GoType.Chan c)) {
            throw wrongKind("ChanDir", "non-chan");
        }
        return switch (c.dir()) {
            case 1 -> 2; // send-only: SendDir
            case 2 -> 1; // receive-only: RecvDir
            default -> 3;
        };
    }

    @Override public boolean IsVariadic() {
        if (!(u() instanceof GoType.Func f)) {
            throw wrongKind("IsVariadic", "non-func");
        }
        return f.variadic();
    }

    @Override public Type Elem() {
        return of(switch (u()) {
            case GoType.Pointer p -> p.elem();
            case GoType.Slice s -> s.elem();
            case GoType.Array a -> a.elem();
            case GoType.Map m -> m.value();
            case GoType.Chan c -> c.elem();
            default -> throw new GoPanic("reflect: Elem of invalid type " + t);
        });
    }

    private GoType.Struct struct(String method) {
        if (!(u() instanceof GoType.Struct st)) {
            throw wrongKind(method, "non-struct");
        }
        return st;
    }

    @Override public StructField Field(long i) {
        GoType.Struct st = struct("Field");
        if (i < 0 || i >= st.fields().size()) {
            throw new GoPanic("reflect: Field index out of bounds");
        }
        return field(st, (int) i);
    }

    /** StructField of field {@code i}: PkgPath is the declaring package's path for an unexported name. */
    StructField field(GoType.Struct st, int i) {
        GoType.Field f = st.fields().get(i);
        String pkgPath = exported(f.name()) ? "" : f.pkgPath();
        return new StructField(f.name(), pkgPath, of(f.type()), f.tag(), Sizes.structLayout(st)[i], LongSlice.of(i), f.embedded());
    }

    static boolean exported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    @Override public Tuple2<StructField, Boolean> FieldByName(String name) {
        GoType.Struct st = struct("FieldByName");
        for (int i = 0; i < st.fields().size(); i++) {
            if (st.fields().get(i).name().equals(name)) {
                return new Tuple2<>(field(st, i), true);
            }
        }
        // Promoted fields, breadth first (the shallowest depth wins, as in Go; ambiguity is not checked).
        for (int i = 0; i < st.fields().size(); i++) {
            GoType.Field f = st.fields().get(i);
            GoType ft = f.type() instanceof GoType.Pointer p ? p.elem() : f.type();
            if (f.embedded() && ft.underlying() instanceof GoType.Struct) {
                Tuple2<StructField, Boolean> inner = of(ft).FieldByName(name);
                if (inner.v1()) {
                    StructField sf = inner.v0();
                    LongSlice index = LongSlice.append(LongSlice.of(i), sf.Index.toArray(sf.Index.len()));
                    return new Tuple2<>(new StructField(sf.Name, sf.PkgPath, sf.Type, sf.Tag, sf.Offset, index, sf.Anonymous), true);
                }
            }
        }
        return new Tuple2<>(new StructField(), false);
    }

    private GoType.Func func(String method) {
        if (!(u() instanceof GoType.Func f)) {
            throw wrongKind(method, "non-func");
        }
        return f;
    }

    @Override public Type In(long i) { return of(func("In").params().get((int) i)); }

    @Override public Type Key() {
        if (!(u() instanceof GoType.Map m)) {
            throw wrongKind("Key", "non-map");
        }
        return of(m.key());
    }

    @Override public long Len() {
        if (!(u() instanceof GoType.Array a)) {
            throw wrongKind("Len", "non-array");
        }
        return a.len();
    }

    @Override public long NumField() { return struct("NumField").fields().size(); }
    @Override public long NumIn() { return func("NumIn").params().size(); }
    @Override public long NumOut() { return func("NumOut").results().size(); }
    @Override public Type Out(long i) { return of(func("Out").results().get((int) i)); }

    @Override public String toString() { return t.toString(); }
}
