// Go types as Java types, their boxed forms, zero values and run-time element descriptors (DESIGN.md's mapping).
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.ArrayCreationLevel;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import dev.goloom.types.Universe;

/**
 * The Java type of each Go type: same-width primitives for numbers, String for strings,
 * generated classes for named structs (a pointer to a struct is a reference to its object),
 * runtime classes for slices ({@code LongSlice}, {@code Slice<T>}), maps ({@code GoMap}),
 * pointers to other variables ({@code LongPtr}, {@code Ptr<T>}), func values
 * ({@code Func1<A,R>}, {@code Proc0}); Java arrays for Go arrays; a named interface is its
 * Java interface ({@code GoError} for error), other interfaces {@code Object}. Returns null
 * for what goloom cannot map yet.
 */
final class JavaTypes {
    private final LoweringContext ctx;

    JavaTypes(LoweringContext ctx) {
        this.ctx = ctx;
    }

    private ClassOrInterfaceType runtime(String simple) {
        return new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime." + simple));
    }

    /** The primitive family of a basic kind: "Long", "Int", "Short", "Byte", "Double", "Float", "Bool", or null. */
    static String family(Type t) {
        if (!(t.underlying() instanceof Type.Basic b)) {
            return null;
        }
        return switch (b.kind()) {
            case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> "Long";
            case INT32, UINT32, UNTYPED_RUNE -> "Int";
            case INT16, UINT16 -> "Short";
            case INT8, UINT8 -> "Byte";
            case FLOAT64, UNTYPED_FLOAT -> "Double";
            case FLOAT32 -> "Float";
            case BOOL, UNTYPED_BOOL -> "Bool";
            default -> null;
        };
    }

    /**
     * The Java type of {@code t}. A type goloom cannot map yet is reported as unsupported (at
     * the statement or declaration being lowered) and stands in as Object: nothing is emitted
     * after an unsupported report, so the stand-in never reaches a user.
     */
    com.github.javaparser.ast.type.Type of(Type t) {
        var j = map(t);
        if (j == null) {
            ctx.unsupported(ctx.currentPos, "type " + t);
            return new ClassOrInterfaceType(null, "Object");
        }
        return j;
    }

    /** Whether goloom can map {@code t} (without reporting anything). */
    boolean mappable(Type t) {
        return map(t) != null;
    }

    /** Named types being mapped: a type that refers to itself other than through a struct cannot be mapped. */
    private final java.util.Set<Type.Named> mapping = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** How deeply Go types may nest: javac's inference over the generic calls of deeper ones takes exponential time. */
    private static final int MAX_DEPTH = 12;

    private static int depth(Type t, int limit) {
        if (limit < 0) {
            return 0;
        }
        return switch (t) {
            case Type.Slice s -> 1 + depth(s.elem(), limit - 1);
            case Type.Array a -> 1 + depth(a.elem(), limit - 1);
            case Type.Pointer p -> 1 + depth(p.elem(), limit - 1);
            case Type.MapType m -> 1 + Math.max(depth(m.key(), limit - 1), depth(m.value(), limit - 1));
            case Type.Chan c -> 1 + depth(c.elem(), limit - 1);
            default -> 0;
        };
    }

    private com.github.javaparser.ast.type.Type map(Type t) {
        if (depth(t, MAX_DEPTH + 1) > MAX_DEPTH) {
            return null; // reported as unsupported by of()
        }
        if (t instanceof Type.Named n && !(n.underlying() instanceof Type.Struct) && !(n.underlying() instanceof Type.Interface)
                && n != Universe.ERROR) {
            if (!mapping.add(n)) {
                // type F func() F, type C chan C: Java generics cannot nest without end, so the
                // inner occurrence is the raw class (Func0<Func0>); values flow by unchecked conversion.
                return rawRecursive(n.underlying());
            }
            try {
                return mapUnderlying(t);
            } finally {
                mapping.remove(n);
            }
        }
        return mapUnderlying(t);
    }

    /**
     * A named func, chan, map, slice or pointer type whose definition refers to itself, as a type
     * argument: the raw class, so that {@code type C chan C} is {@code Chan<Chan>} everywhere.
     */
    private ClassOrInterfaceType rawIfSelfReferential(Type t) {
        if (t instanceof Type.Named n && refersTo(n.underlying(), n, new java.util.HashSet<>())) {
            return rawRecursive(n.underlying());
        }
        return null;
    }

    /** Whether {@code t}, as the element of a slice or map, is the raw class (a type that refers to itself: type T []T). */
    boolean rawAsElement(Type t) {
        return rawIfSelfReferential(t) != null;
    }

    /** Whether type {@code t} mentions {@code n} (not looking into struct and interface types: those are classes). */
    private static boolean refersTo(Type t, Type.Named n, java.util.Set<Type> seen) {
        if (t == n) {
            return true;
        }
        if (!seen.add(t)) {
            return false;
        }
        return switch (t) {
            case Type.Named other -> !(other.underlying() instanceof Type.Struct) && !(other.underlying() instanceof Type.Interface)
                    && refersTo(other.underlying(), n, seen);
            case Type.Signature sig -> sig.params().vars().stream().anyMatch(v -> refersTo(v.type(), n, seen))
                    || sig.results().vars().stream().anyMatch(v -> refersTo(v.type(), n, seen));
            case Type.Chan ch -> refersTo(ch.elem(), n, seen);
            case Type.MapType m -> refersTo(m.key(), n, seen) || refersTo(m.value(), n, seen);
            case Type.Pointer p -> refersTo(p.elem(), n, seen);
            case Type.Slice sl -> refersTo(sl.elem(), n, seen);
            default -> false;
        };
    }

    /** The raw Java class of a named func, chan, map, slice or pointer type met inside its own definition; null otherwise. */
    private ClassOrInterfaceType rawRecursive(Type u) {
        return switch (u) {
            case Type.Signature sig when sig.params().size() <= 6 && sig.results().size() <= 6 ->
                    runtime((sig.results().size() == 0 ? "Proc" : "Func") + sig.params().size());
            case Type.Chan ch -> runtime("Chan");
            case Type.MapType m -> runtime("GoMap");
            case Type.Slice sl when family(sl.elem()) == null -> runtime("Slice"); // type T []T: Slice<Slice>
            case Type.Pointer p when family(p.elem()) == null && !(p.elem().underlying() instanceof Type.Struct)
                    && !(p.elem().underlying() instanceof Type.Array) -> runtime("Ptr");
            default -> null;
        };
    }

    private com.github.javaparser.ast.type.Type mapUnderlying(Type t) {
        if (t == Universe.ERROR) {
            return runtime("GoError");
        }
        if (t instanceof Type.Named n && n.underlying() instanceof Type.Interface i && !i.isEmpty()) {
            return new ClassOrInterfaceType(null, ctx.use(ctx.interfaceClassName(n)));
        }
        if (t instanceof Type.Named n && n.underlying() instanceof Type.Struct) {
            return structClass(n);
        }
        Type u = t.underlying();
        return switch (u) {
            case Type.Basic b -> switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> PrimitiveType.booleanType();
                case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> PrimitiveType.longType();
                case INT32, UINT32, UNTYPED_RUNE -> PrimitiveType.intType();
                case INT16, UINT16 -> PrimitiveType.shortType();
                case INT8, UINT8 -> PrimitiveType.byteType();
                case FLOAT64, UNTYPED_FLOAT -> PrimitiveType.doubleType();
                case FLOAT32 -> PrimitiveType.floatType();
                case STRING, UNTYPED_STRING -> new ClassOrInterfaceType(null, "String");
                case COMPLEX128, UNTYPED_COMPLEX -> runtime("Complex128");
                case COMPLEX64 -> runtime("Complex64");
                // The pointer object it was converted from (UnsafePointers).
                case UNSAFE_POINTER -> new ClassOrInterfaceType(null, "Object");
                default -> null;
            };
            case Type.Interface i -> new ClassOrInterfaceType(null, "Object");
            case Type.Pointer p when p.elem() instanceof Type.Named n && n.underlying() instanceof Type.Struct -> structClass(n);
            case Type.Pointer p when p.elem() instanceof Type.Struct st -> anonymousStructClass(st);
            case Type.Struct st -> anonymousStructClass(st);
            // A view of part of an array (ArrayViews) is a slice object with len == cap == N.
            case Type.Pointer p when ctx.isArrayView(p) -> map(new Type.Slice(ArrayViews.array(p).elem()));
            // A pointer to an array is the Java array itself (array variables are updated in place).
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array -> map(p.elem());
            case Type.Pointer p -> {
                String fam = family(p.elem());
                if (fam != null) {
                    yield runtime(fam + "Ptr");
                }
                var elem = boxedOrNull(p.elem());
                yield elem == null ? null : runtime("Ptr").setTypeArguments(elem);
            }
            case Type.Slice s -> {
                String fam = family(s.elem());
                if (fam != null) {
                    yield runtime(fam + "Slice");
                }
                var elem = boxedOrNull(s.elem());
                yield elem == null ? null : runtime("Slice").setTypeArguments(elem);
            }
            case Type.Array a -> {
                var elem = map(a.elem());
                yield elem == null ? null : new ArrayType(elem);
            }
            case Type.MapType m -> {
                var k = boxedOrNull(m.key());
                var v = boxedOrNull(m.value());
                yield k == null || v == null ? null : runtime("GoMap").setTypeArguments(k, v);
            }
            case Type.Signature sig -> funcType(sig);
            case Type.Chan ch -> {
                var elem = boxedOrNull(ch.elem());
                yield elem == null ? null : runtime("Chan").setTypeArguments(elem);
            }
            case Type.Tuple tuple -> tupleType(tuple);
            default -> null;
        };
    }

    /** The reference (boxed) form of a Go type, for type arguments. */
    com.github.javaparser.ast.type.Type boxed(Type t) {
        var raw = rawIfSelfReferential(t);
        if (raw != null) {
            return raw;
        }
        var j = of(t);
        if (j instanceof PrimitiveType p) {
            return p.toBoxedType();
        }
        return j;
    }

    private com.github.javaparser.ast.type.Type boxedOrNull(Type t) {
        var raw = rawIfSelfReferential(t);
        if (raw != null) {
            return raw;
        }
        var j = map(t);
        if (j instanceof PrimitiveType p) {
            return p.toBoxedType();
        }
        return j;
    }

    /** {@code func(A, B) R} → {@code Func2<A, B, R>}; without results {@code Proc2<A, B>}; several results R is a Tuple. */
    private com.github.javaparser.ast.type.Type funcType(Type.Signature sig) {
        int n = sig.params().size();
        if (n > 6 || sig.results().size() > 6) {
            return null;
        }
        NodeList<com.github.javaparser.ast.type.Type> args = new NodeList<>();
        for (int i = 0; i < n; i++) {
            var p = boxedOrNull(sig.params().at(i));
            if (p == null) {
                return null;
            }
            args.add(p);
        }
        if (sig.results().size() == 0) {
            ClassOrInterfaceType proc = runtime("Proc" + n);
            return args.isEmpty() ? proc : proc.setTypeArguments(args);
        }
        var r = sig.results().size() == 1 ? boxedOrNull(sig.results().at(0)) : tupleType(sig.results());
        if (r == null) {
            return null;
        }
        args.add(r);
        return runtime("Func" + n).setTypeArguments(args);
    }

    /** Several results: {@code Tuple2<A, B>} and so on. */
    ClassOrInterfaceType tupleType(Type.Tuple tuple) {
        if (tuple.size() < 2 || tuple.size() > 6) {
            return null;
        }
        NodeList<com.github.javaparser.ast.type.Type> args = new NodeList<>();
        for (int i = 0; i < tuple.size(); i++) {
            var c = boxedOrNull(tuple.at(i));
            if (c == null) {
                return null;
            }
            args.add(c);
        }
        return runtime("Tuple" + tuple.size()).setTypeArguments(args);
    }

    /** The class of a named struct type: in its package's Java package, named after the type. */
    ClassOrInterfaceType structClass(Type.Named n) {
        var cls = new ClassOrInterfaceType(null, ctx.use(ctx.structClassName(n)));
        if (n.isInstance() && n.obj().pkg().isShim()) {
            // A standard generic type is a Java generic class: atomic.Pointer[T] is Pointer<T's pointer class>.
            boolean pointer = n.obj().pkg().path().equals("sync/atomic") && n.obj().name().equals("Pointer");
            NodeList<com.github.javaparser.ast.type.Type> args = new NodeList<>();
            for (Type a : n.typeArgs()) {
                args.add(boxed(pointer ? new Type.Pointer(a) : a));
            }
            cls.setTypeArguments(args);
        }
        return cls;
    }

    /** The class of an anonymous struct type (see AnonymousStructs). */
    ClassOrInterfaceType anonymousStructClass(Type.Struct st) {
        return new ClassOrInterfaceType(null, ctx.use(ctx.anonymousStructClassName(st)));
    }

    /** The class of a struct type, named or anonymous. */
    ClassOrInterfaceType structClassOf(Type t) {
        return t instanceof Type.Named n ? structClass(n) : anonymousStructClass((Type.Struct) t);
    }

    /** Whether goloom's arithmetic on this type is exact Java arithmetic (no helper, no cast). */
    static boolean nativeArithmetic(Type t) {
        return switch (Types.basicKind(t)) {
            case INT, INT64, INT32, FLOAT64, STRING, BOOL -> true;
            default -> false;
        };
    }

    /** Whether values of {@code t} are Java objects whose identity Go's value semantics must hide (structs, arrays). */
    static boolean needsCopy(Type t) {
        return t.underlying() instanceof Type.Struct || t.underlying() instanceof Type.Array;
    }

    /** Go's zero value of {@code t} as a Java expression (a fresh object for structs and arrays). */
    Expression zero(Type t) {
        if (t instanceof Type.Named n && n.underlying() instanceof Type.Struct) {
            return new ObjectCreationExpr(null, structClass(n), new NodeList<>());
        }
        if (t instanceof Type.Struct st) {
            return new ObjectCreationExpr(null, anonymousStructClass(st), new NodeList<>());
        }
        Type u = t.underlying();
        switch (u) {
            case Type.Slice s -> {
                String fam = family(s.elem());
                if (fam != null) {
                    return new FieldAccessExpr(new NameExpr(ctx.use("dev.goloom.runtime." + fam + "Slice")), "NIL");
                }
                return withElementType(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Slice")), "nil",
                        NodeList.nodeList(elemType(s.elem()))), s.elem());
            }
            case Type.MapType m -> {
                return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoMap")), "nil")
                        .setTypeArguments(boxed(m.key()), boxed(m.value()));
            }
            case Type.Chan ch -> {
                return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Chan")), "nil")
                        .setTypeArguments(boxed(ch.elem()));
            }
            case Type.Array a -> {
                return arrayZero(a);
            }
            default -> { }
        }
        BasicKind k = Types.basicKind(t);
        return switch (k) {
            case BOOL -> new BooleanLiteralExpr(false);
            case INT, INT64, UINT, UINT64, UINTPTR -> new LongLiteralExpr("0L");
            case INT32, UINT32 -> new IntegerLiteralExpr("0");
            case INT16, UINT16 -> new CastExpr(PrimitiveType.shortType(), new IntegerLiteralExpr("0"));
            case INT8, UINT8 -> new CastExpr(PrimitiveType.byteType(), new IntegerLiteralExpr("0"));
            case FLOAT64 -> new DoubleLiteralExpr("0.0");
            case FLOAT32 -> new DoubleLiteralExpr("0.0f");
            case STRING -> new StringLiteralExpr("");
            case COMPLEX128, UNTYPED_COMPLEX -> new FieldAccessExpr(new NameExpr(ctx.use("dev.goloom.runtime.Complex128")), "ZERO");
            case COMPLEX64 -> new FieldAccessExpr(new NameExpr(ctx.use("dev.goloom.runtime.Complex64")), "ZERO");
            default -> new NullLiteralExpr();
        };
    }

    /** A zero array: primitives, strings and references need only the allocation and a fill. */
    private Expression arrayZero(Type.Array a) {
        var elem = raw(of(a.elem()));
        Expression alloc = new ArrayCreationExpr(elem instanceof ArrayType at ? at.getElementType() : elem,
                NodeList.nodeList(new ArrayCreationLevel(new IntegerLiteralExpr(String.valueOf(a.len())))), null);
        if (a.elem().underlying() instanceof Type.Basic b && (b.kind().isString() || b.kind().isComplex())
                || JavaTypes.needsCopy(a.elem()) || a.elem().underlying() instanceof Type.Slice
                || a.elem().underlying() instanceof Type.MapType) {
            // Every element is its own zero value: GoArrays.fill(new T[n], () -> zero).
            // new long[n][] for elements that are arrays themselves (not new long[][n]).
            NodeList<ArrayCreationLevel> levels = NodeList.nodeList(new ArrayCreationLevel(new IntegerLiteralExpr(String.valueOf(a.len()))));
            var base = elem;
            while (base instanceof ArrayType at) {
                levels.add(new ArrayCreationLevel());
                base = at.getComponentType();
            }
            return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")), "fill",
                    NodeList.nodeList(new ArrayCreationExpr(base, levels, null),
                            new com.github.javaparser.ast.expr.LambdaExpr(new NodeList<>(), zero(a.elem()))));
        }
        return alloc;
    }

    /**
     * A generic runtime call with its type argument written out ({@code Slice.<String>of(...)}):
     * javac's inference over nested generic calls (a literal of slices of slices) can take
     * exponential time; explicit arguments make each call stand alone.
     */
    MethodCallExpr withElementType(MethodCallExpr call, Type elem) {
        if (family(elem) == null) {
            call.setTypeArguments(boxed(elem));
        }
        return call;
    }

    /**
     * A static factory call on the slice class for elements {@code elem}: {@code LongSlice.of(args)}
     * for primitive elements, {@code Slice.<T>of(ElemType, args)} for the others (the generic
     * class needs the element's descriptor first).
     */
    MethodCallExpr sliceCall(Type elem, String method, java.util.List<Expression> args) {
        String fam = family(elem);
        NodeList<Expression> all = new NodeList<>();
        if (fam == null) {
            all.add(elemType(elem));
        }
        if (args.size() == 1 && args.getFirst() instanceof com.github.javaparser.ast.expr.NullLiteralExpr) {
            // A lone null would be Java's null varargs array, not one nil element: (Object) null.
            all.add(new com.github.javaparser.ast.expr.CastExpr(raw(of(elem)), args.getFirst()));
        } else {
            all.addAll(args);
        }
        String cls = ctx.use("dev.goloom.runtime." + (fam == null ? "" : fam) + "Slice");
        return withElementType(new MethodCallExpr(new NameExpr(cls), method, all), elem);
    }

    /** A type without type arguments: Java cannot create arrays of generic types. */
    static com.github.javaparser.ast.type.Type raw(com.github.javaparser.ast.type.Type t) {
        if (t instanceof ClassOrInterfaceType c && c.getTypeArguments().isPresent()) {
            return c.clone().removeTypeArguments();
        }
        if (t instanceof ArrayType a) {
            return new ArrayType(raw(a.getComponentType()));
        }
        return t;
    }

    /** Slice types whose element descriptor is being built (a second visit is a recursive type). */
    private final java.util.Set<Type> sliceElemTypes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The {@code ElemType} descriptor a generic {@code Slice<T>} of elements {@code t} needs. */
    Expression elemType(Type t) {
        String et = ctx.use("dev.goloom.runtime.ElemType");
        Type u = t.underlying();
        if (u instanceof Type.Basic b && b.kind().isString()) {
            return new FieldAccessExpr(new NameExpr(et), "STRING");
        }
        if (u instanceof Type.Interface) {
            var jt = of(t);
            if (jt.asString().equals("Object")) {
                return new FieldAccessExpr(new NameExpr(et), "INTERFACE");
            }
            return new MethodCallExpr(new NameExpr(et), "iface").setTypeArguments(jt);
        }
        if (u instanceof Type.Slice) {
            if (!mappable(t)) {
                of(t); // reports it
                return new NullLiteralExpr();
            }
            if (!sliceElemTypes.add(t)) {
                // type T []T: the zero value's element type is this one again (a cycle the runtime closes).
                return new MethodCallExpr(new NameExpr(et), "selfSlice");
            }
            try {
                return new MethodCallExpr(new NameExpr(et), "slice", NodeList.nodeList(zero(t)));
            } finally {
                sliceElemTypes.remove(t);
            }
        }
        if (u instanceof Type.Pointer || u instanceof Type.MapType || u instanceof Type.Signature || u instanceof Type.Chan) {
            return new MethodCallExpr(new NameExpr(et), "pointer");
        }
        long size = GoSizes.sizeof(t);
        boolean pointerFree = GoSizes.pointerFree(t);
        return new ObjectCreationExpr(null, new ClassOrInterfaceType(null, et).setTypeArguments(boxed(t)),
                NodeList.nodeList(new IntegerLiteralExpr(String.valueOf(size)), new BooleanLiteralExpr(pointerFree),
                        new NullLiteralExpr()));
    }
}
