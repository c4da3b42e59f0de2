// Which pointer-to-array types are views (slice objects) rather than Java arrays: those some slice converts to.
package dev.goloom.lower;

import dev.goloom.syntax.Expr;
import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A pointer to an array is normally the Java array itself (fast, and exact while every such
 * pointer points to a whole Java array). {@code (*[N]T)(s)} points into a slice's backing
 * array at any offset, which no Java array can; so for every array type {@code [N]T} that some
 * conversion of the program targets, all pointers to it (to any type whose underlying type is
 * {@code [N]T}, since pointer conversions and methods only ever connect those) are <em>views</em>:
 * the runtime's slice objects with len == cap == N (see {@code SliceBase}). Deciding by
 * type over the whole program keeps every value of a pointer type in one representation.
 *
 * <p>A conversion to a type parameter counts with its core type's array type. Other conversions
 * in generic code whose target mentions a type parameter ({@code *[N]T} with T a type parameter)
 * are not seen here; the lowering reports them as unsupported.
 */
final class ArrayViews {
    /** No views (a program without slice-to-array-pointer conversions). */
    static final ArrayViews NONE = new ArrayViews(List.of());

    /** The underlying array types whose pointers are views, distinct by type identity. */
    private final List<Type.Array> arrays;

    private ArrayViews(List<Type.Array> arrays) {
        this.arrays = arrays;
    }

    /** The view array types of a program: the targets of its slice-to-array-pointer conversions. */
    static ArrayViews of(java.util.Collection<CheckedPackage> packages) {
        List<Type.Array> found = new ArrayList<>();
        for (CheckedPackage cp : packages) {
            cp.info().types.forEach((e, tv) -> {
                if (e instanceof Expr.Call call && call.args().size() == 1
                        && cp.info().types.get(call.fun()) instanceof TypeAndValue fun && fun.mode() == TypeAndValue.Mode.TYPE
                        && pointerTarget(fun.type()) instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a
                        && cp.info().types.get(call.args().getFirst()) instanceof TypeAndValue arg
                        && arg.type() != null && arg.type().underlying() instanceof Type.Slice
                        && GenericInstances.concrete(a) && found.stream().noneMatch(k -> Types.identical(k, a))) {
                    found.add(a);
                }
            });
        }
        return found.isEmpty() ? NONE : new ArrayViews(List.copyOf(found));
    }

    /**
     * The pointer type a conversion to {@code t} makes: its underlying type, or for a type
     * parameter its core type ({@code T(s)} with {@code T ~*[16]byte}: every instance's array
     * type is identical to the core type's, so the core type decides for all of them).
     */
    private static Type pointerTarget(Type t) {
        return t instanceof Type.TypeParam ? dev.goloom.types.TypeSets.coreType(t) : t.underlying();
    }

    /** Whether values of {@code t} are views: a pointer to an array type some conversion targets. */
    boolean isView(Type t) {
        return t != null && t.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a
                && arrays.stream().anyMatch(k -> Types.identical(k, a));
    }

    /** The array type a view type points to. */
    static Type.Array array(Type view) {
        return (Type.Array) ((Type.Pointer) view.underlying()).elem().underlying();
    }
}
