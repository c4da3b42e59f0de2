// Sizes, alignments and field offsets of Go types under gc on linux/amd64 ("Size and alignment guarantees").
package dev.goloom.types;

/**
 * What {@code unsafe.Sizeof/Alignof/Offsetof} (constants in Go) and append's growth need to
 * know about a type's memory layout: gc's amd64 layout, where words and pointers are 8 bytes,
 * strings and interfaces two words, slices three, and a struct ending in a zero-size field is
 * padded by one byte so that the field's address stays inside the object.
 */
public final class Sizes {
    private Sizes() {}

    public static long sizeof(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING, COMPLEX128 -> 16;
                case COMPLEX64 -> 8;
                default -> 8;
            };
            case Type.Interface i -> 16;
            case Type.Slice s -> 24;
            case Type.Array a -> a.len() * sizeof(a.elem());
            case Type.Struct st -> {
                long[] offsets = offsets(st);
                long end = st.fields().isEmpty() ? 0 : offsets[offsets.length - 1] + sizeof(st.fields().getLast().type());
                // A final zero-size field gets padding so its address stays inside the object.
                if (!st.fields().isEmpty() && sizeof(st.fields().getLast().type()) == 0 && end > 0) {
                    end++;
                }
                long align = alignof(st);
                yield (end + align - 1) / align * align;
            }
            default -> 8;
        };
    }

    public static long alignof(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
                default -> 8;
            };
            case Type.Array a -> alignof(a.elem());
            case Type.Struct st -> st.fields().stream().mapToLong(f -> alignof(f.type())).max().orElse(1);
            default -> 8;
        };
    }

    /**
     * Whether the size of {@code t} depends on a type parameter (go/types' hasVarSize): a type
     * parameter, or an array or struct with an element or field of such a type. Sizeof, Alignof
     * and Offsetof of such a type are not constant ("if the argument's type is a type parameter
     * or ... the result is not constant"); a pointer or slice of a type parameter has a fixed size.
     */
    public static boolean variableSize(Type t) {
        return variableSize(t, new java.util.HashSet<>());
    }

    private static boolean variableSize(Type t, java.util.Set<Type.Named> seen) {
        if (t instanceof Type.Named n && !seen.add(n)) {
            return false; // an invalid recursive type (reported already)
        }
        return switch (t.underlying()) {
            case Type.TypeParam p -> true;
            case Type.Array a -> variableSize(a.elem(), seen);
            case Type.Struct st -> st.fields().stream().anyMatch(f -> variableSize(f.type(), seen));
            default -> false;
        };
    }

    /** The offset of the field reached by {@code path} (indices of embedded fields, then the field's) from the start of {@code base}. */
    public static long offsetof(Type base, java.util.List<Integer> path) {
        long offset = 0;
        Type t = base;
        for (int index : path) {
            Type.Struct st = (Type.Struct) (t instanceof Type.TypeParam ? TypeSets.coreType(t) : t.underlying());
            offset += offsets(st)[index];
            t = st.fields().get(index).type();
        }
        return offset;
    }

    /** The offset of every field of {@code st} from the start of the struct. */
    public static long[] offsets(Type.Struct st) {
        long[] offsets = new long[st.fields().size()];
        long offset = 0;
        for (int i = 0; i < offsets.length; i++) {
            Type ft = st.fields().get(i).type();
            long align = alignof(ft);
            offset = (offset + align - 1) / align * align;
            offsets[i] = offset;
            offset += sizeof(ft);
        }
        return offsets;
    }
}
