// Sizes and alignments of Go types under gc on linux/amd64 ("Size and alignment guarantees").
package dev.goloom.lower;

import dev.goloom.types.Type;

/** What append's growth and slice element descriptors need to know about a type's memory layout. */
final class GoSizes {
    private GoSizes() {}

    static long sizeof(Type t) {
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
                long offset = 0, maxAlign = 1;
                for (var f : st.fields()) {
                    long align = alignof(f.type());
                    maxAlign = Math.max(maxAlign, align);
                    offset = (offset + align - 1) / align * align + sizeof(f.type());
                }
                // A final zero-size field gets padding so its address stays inside the object.
                if (!st.fields().isEmpty() && sizeof(st.fields().getLast().type()) == 0 && offset > 0) {
                    offset++;
                }
                yield (offset + maxAlign - 1) / maxAlign * maxAlign;
            }
            default -> 8;
        };
    }

    static long alignof(Type t) {
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

    /** Whether values of {@code t} hold no pointers (gc allocates them without a malloc header). */
    static boolean pointerFree(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> !b.kind().isString();
            case Type.Array a -> a.len() == 0 || pointerFree(a.elem());
            case Type.Struct st -> st.fields().stream().allMatch(f -> pointerFree(f.type()));
            default -> false;
        };
    }
}
