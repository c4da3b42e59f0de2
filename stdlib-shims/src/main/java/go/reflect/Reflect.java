// Package reflect's functions (TypeOf, ValueOf, DeepEqual, New, ...) and the methods of Kind, ChanDir and StructTag.
package go.reflect;

import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Interfaces;
import dev.goloom.runtime.Proc2;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.SliceBase;
import dev.goloom.runtime.Tuple2;
import java.util.List;

/**
 * The package class of reflect. A reflect.Type is an {@link RType} over the run-time descriptor
 * of the value's dynamic type ({@link Interfaces#typeOf}), so TypeOf(x).String() is what %T
 * prints; Kind, ChanDir and StructTag are Java long, long and String with static methods here.
 */
public final class Reflect {
    private Reflect() {}

    /** reflect.Kind (uint). */
    public static final GoType.Named TYPE_Kind = GoType.shared("reflect", "reflect", "Kind", GoType.UINT);
    /** reflect.ChanDir (int). */
    public static final GoType.Named TYPE_ChanDir = GoType.shared("reflect", "reflect", "ChanDir", GoType.INT);
    /** reflect.StructTag (string). */
    public static final GoType.Named TYPE_StructTag = GoType.shared("reflect", "reflect", "StructTag", GoType.STRING);
    /** reflect.Type (an interface; its method list as %T would spell it is not needed). */
    public static final GoType.Named TYPE_Type = GoType.shared("reflect", "reflect", "Type",
            new GoType.Interface(List.of("Kind() reflect.Kind", "String() string")));

    /** A construct this shim does not implement, reported as such (never a wrong result). */
    static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("goloom: unsupported: " + what);
    }

    public static Type TypeOf(Object i) {
        return i == null ? null : RType.of(Interfaces.typeOf(i));
    }

    public static Value ValueOf(Object i) {
        return Value.ofInterface(i);
    }

    public static boolean DeepEqual(Object x, Object y) {
        return DeepEqual.of(x, y);
    }

    private static GoType descriptor(Type t, String function) {
        if (t == null) {
            throw new GoPanic("reflect: " + function + "(nil)");
        }
        return ((RType) t).t;
    }

    public static Value New(Type typ) {
        if (typ == null) {
            throw new GoPanic("reflect: New(nil)");
        }
        GoType t = ((RType) typ).t;
        return Value.of(new GoType.Pointer(t), Reprs.newPointer(t));
    }

    public static Value Zero(Type typ) {
        if (typ == null) {
            throw new GoPanic("reflect: Zero(nil)");
        }
        GoType t = ((RType) typ).t;
        return Value.of(t, Reprs.zero(t));
    }

    public static Value Indirect(Value v) {
        return v.Kind() == Kinds.POINTER ? v.Elem() : v;
    }

    public static Type PointerTo(Type t) {
        return RType.of(new GoType.Pointer(descriptor(t, "PointerTo")));
    }

    public static Type PtrTo(Type t) {
        return PointerTo(t);
    }

    public static Type SliceOf(Type t) {
        return RType.of(new GoType.Slice(descriptor(t, "SliceOf")));
    }

    public static Type MapOf(Type key, Type elem) {
        GoType k = descriptor(key, "MapOf");
        if (!RType.comparable(k)) {
            throw new GoPanic("reflect.MapOf: invalid key type " + k);
        }
        return RType.of(new GoType.Map(k, descriptor(elem, "MapOf")));
    }

    public static Value MakeSlice(Type typ, long len, long cap) {
        GoType t = descriptor(typ, "MakeSlice");
        if (t.kind() != GoType.Kind.SLICE) {
            throw new GoPanic("reflect.MakeSlice of non-slice type");
        }
        if (len < 0) {
            throw new GoPanic("reflect.MakeSlice: negative len");
        }
        if (cap < 0) {
            throw new GoPanic("reflect.MakeSlice: negative cap");
        }
        if (len > cap) {
            throw new GoPanic("reflect.MakeSlice: len > cap");
        }
        return Value.of(t, Reprs.makeSlice(((GoType.Slice) t.underlying()).elem(), len, cap));
    }

    public static Value MakeMap(Type typ) {
        return MakeMapWithSize(typ, 0);
    }

    public static Value MakeMapWithSize(Type typ, long n) {
        GoType t = descriptor(typ, "MakeMapWithSize");
        if (t.kind() != GoType.Kind.MAP) {
            throw new GoPanic("reflect.MakeMapWithSize of non-map type");
        }
        GoMap<Object, Object> m = GoMap.make(n);
        // Struct keys compare by value only when the key type is a struct type (else they are pointers).
        return Value.of(t, t.underlying() instanceof GoType.Map(var key, var value) && structValued(key) ? m.structKeys() : m);
    }

    /** Whether struct objects in keys of this type are struct values (a struct type, or arrays of them). */
    private static boolean structValued(GoType key) {
        return switch (key.underlying()) {
            case GoType.Struct s -> true;
            case GoType.Array a -> structValued(a.elem());
            default -> false;
        };
    }

    /** append(s, x...) on a slice Value. */
    public static Value Append(Value s, Value... x) {
        if (s.Kind() != Kinds.SLICE) {
            throw new GoPanic(new ValueError("reflect.Append", s.Kind()));
        }
        long n = s.Len();
        Value grown = grow(s, n + x.length);
        for (int i = 0; i < x.length; i++) {
            grown.Index(n + i).Set(x[i]);
        }
        return grown;
    }

    public static Value AppendSlice(Value s, Value t) {
        long n = s.Len();
        long m = t.Len();
        Value grown = grow(s, n + m);
        for (long i = 0; i < m; i++) {
            grown.Index(n + i).Set(t.Index(i));
        }
        return grown;
    }

    /** s extended to length {@code len}, with append's capacity rule (the runtime's own append). */
    private static Value grow(Value s, long len) {
        GoType elem = ((GoType.Slice) s.type.underlying()).elem();
        Object cur = s.repr;
        long have = ((SliceBase) cur).len();
        Object zero = Reprs.zero(elem);
        Object out = cur;
        for (long i = have; i < len; i++) {
            out = appendOne(out, zero, elem);
        }
        return Value.of(s.type, out);
    }

    @SuppressWarnings("unchecked")
    private static Object appendOne(Object s, Object v, GoType elem) {
        return switch (s) {
            case dev.goloom.runtime.LongSlice x -> dev.goloom.runtime.LongSlice.append(x, (Long) v);
            case dev.goloom.runtime.IntSlice x -> dev.goloom.runtime.IntSlice.append(x, (Integer) v);
            case dev.goloom.runtime.ShortSlice x -> dev.goloom.runtime.ShortSlice.append(x, (Short) v);
            case dev.goloom.runtime.ByteSlice x -> dev.goloom.runtime.ByteSlice.append(x, (Byte) v);
            case dev.goloom.runtime.DoubleSlice x -> dev.goloom.runtime.DoubleSlice.append(x, (Double) v);
            case dev.goloom.runtime.FloatSlice x -> dev.goloom.runtime.FloatSlice.append(x, (Float) v);
            case dev.goloom.runtime.BoolSlice x -> dev.goloom.runtime.BoolSlice.append(x, (Boolean) v);
            case Slice<?> x -> Slice.append((Slice<Object>) x, Reprs.copyOf(elem, v));
            default -> throw new IllegalStateException("not a slice: " + s);
        };
    }

    /** copy(dst, src) on slice Values. */
    public static long Copy(Value dst, Value src) {
        long n = Math.min(dst.Len(), src.Len());
        for (long i = 0; i < n; i++) {
            dst.Index(i).Set(src.Index(i));
        }
        return n;
    }

    /** A function that swaps elements i and j of the slice. */
    public static Proc2<Long, Long> Swapper(Object slice) {
        Value v = ValueOf(slice);
        if (v.Kind() != Kinds.SLICE) {
            throw new GoPanic(new ValueError("Swapper", v.Kind()));
        }
        return (i, j) -> {
            Object a = Reprs.index(v.repr, i);
            Reprs.setIndex(v.repr, i, Reprs.index(v.repr, j));
            Reprs.setIndex(v.repr, j, a);
        };
    }

    /** A func Value of type {@code typ} whose calls run {@code fn} on the arguments as Values. */
    public static Value MakeFunc(Type typ, dev.goloom.runtime.Func1<Slice<Value>, Slice<Value>> fn) {
        GoType t = descriptor(typ, "MakeFunc");
        if (!(t.underlying() instanceof GoType.Func ft)) {
            throw new GoPanic("reflect: call of MakeFunc with non-Func type");
        }
        Object lambda = Funcs.lambda(ft, args -> {
            Value[] in = new Value[args.length];
            for (int i = 0; i < args.length; i++) {
                in[i] = Value.of(ft.params().get(i), args[i]);
            }
            Slice<Value> out = fn.call(Slice.of(Value.ELEM, in));
            if (out.len() != ft.results().size()) {
                throw new GoPanic("reflect: wrong return count from function created by MakeFunc");
            }
            Object[] results = new Object[ft.results().size()];
            for (int i = 0; i < results.length; i++) {
                Value r = out.get(i);
                GoType rt = ft.results().get(i);
                if (r.type == null) {
                    throw new GoPanic("reflect: function created by MakeFunc using closure returned zero Value");
                }
                if (!Conversions.assignable(r.type, rt)) {
                    throw new GoPanic("reflect: function created by MakeFunc using closure returned wrong type: have "
                            + r.type + " for " + rt);
                }
                results[i] = Conversions.convert(r.type, r.repr, rt);
            }
            return Funcs.results(results);
        });
        return Value.of(t, lambda);
    }

    public static Type ArrayOf(long length, Type elem) {
        if (length < 0) {
            throw new GoPanic("reflect: negative length passed to ArrayOf");
        }
        return RType.of(new GoType.Array(length, descriptor(elem, "ArrayOf")));
    }

    // ---- methods of Kind, ChanDir, StructTag ------------------------------------------------------

    public static String Kind_String(long k) {
        return Kinds.name(k);
    }

    public static String ChanDir_String(long d) {
        return switch ((int) d) {
            case 1 -> "<-chan";
            case 2 -> "chan<-";
            case 3 -> "chan";
            default -> "ChanDir" + d;
        };
    }

    public static String StructTag_Get(String tag, String key) {
        return StructTag_Lookup(tag, key).v0();
    }

    /** Go's conventional tag syntax: space-separated {@code key:"quoted value"} pairs. */
    public static Tuple2<String, Boolean> StructTag_Lookup(String tag, String key) {
        while (!tag.isEmpty()) {
            int i = 0;
            while (i < tag.length() && tag.charAt(i) == ' ') {
                i++;
            }
            tag = tag.substring(i);
            if (tag.isEmpty()) {
                break;
            }
            i = 0;
            while (i < tag.length() && tag.charAt(i) > ' ' && tag.charAt(i) != ':' && tag.charAt(i) != '"' && tag.charAt(i) != 0x7f) {
                i++;
            }
            if (i == 0 || i + 1 >= tag.length() || tag.charAt(i) != ':' || tag.charAt(i + 1) != '"') {
                break;
            }
            String name = tag.substring(0, i);
            tag = tag.substring(i + 1);
            i = 1;
            while (i < tag.length() && tag.charAt(i) != '"') {
                if (tag.charAt(i) == '\\') {
                    i++;
                }
                i++;
            }
            if (i >= tag.length()) {
                break;
            }
            String quoted = tag.substring(0, i + 1);
            tag = tag.substring(i + 1);
            if (key.equals(name)) {
                Tuple2<String, dev.goloom.runtime.GoError> v = go.strconv.Strconv.Unquote(quoted);
                if (v.v1() != null) {
                    break;
                }
                return new Tuple2<>(v.v0(), true);
            }
        }
        return new Tuple2<>("", false);
    }
}
