// Sizes, alignments and field offsets of types under gc on linux/amd64, for unsafe.Sizeof and friends.
package dev.goloom.types;

/**
 * gc's layout for amd64 ("Size and alignment guarantees", go/types' gcSizes): words of 8 bytes,
 * complex numbers aligned as their halves, a struct padded to its alignment, and a final
 * zero-size field of a struct whose other fields take space padded to one byte (so that its
 * address stays inside the object). -1 means "not known before instantiation" (the type mentions
 * a type parameter where the layout depends on it).
 */
final class Sizes {
    private Sizes() {}

    static long sizeof(Type t) {
        return switch (t instanceof Type.TypeParam ? t : t.underlying()) {
            case Type.Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING, COMPLEX128 -> 16;
                default -> 8;
            };
            case Type.TypeParam tp -> -1;
            case Type.Interface i -> 16;
            case Type.Slice s -> 24;
            case Type.Array a -> {
                long e = sizeof(a.elem());
                yield e < 0 ? -1 : a.len() * e;
            }
            case Type.Struct st -> {
                if (st.fields().isEmpty()) {
                    yield 0;
                }
                long[] offsets = offsets(st);
                long lastSize = sizeof(st.fields().getLast().type());
                long align = alignof(st);
                long lastOffset = offsets[offsets.length - 1];
                if (lastOffset < 0 || lastSize < 0 || align < 0) {
                    yield -1;
                }
                if (lastOffset > 0 && lastSize == 0) {
                    lastSize = 1;
                }
                yield round(lastOffset + lastSize, align);
            }
            default -> 8; // pointers, maps, channels, functions, unsafe.Pointer
        };
    }

    static long alignof(Type t) {
        return switch (t instanceof Type.TypeParam ? t : t.underlying()) {
            case Type.Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
                default -> 8;
            };
            case Type.TypeParam tp -> -1;
            case Type.Array a -> alignof(a.elem());
            case Type.Struct st -> {
                long max = 1;
                for (Var f : st.fields()) {
                    long a = alignof(f.type());
                    if (a < 0) {
                        yield -1;
                    }
                    max = Math.max(max, a);
                }
                yield max;
            }
            default -> 8;
        };
    }

    /** The offsets of a struct's fields; -1 from the first field whose layout is not known. */
    static long[] offsets(Type.Struct st) {
        long[] out = new long[st.fields().size()];
        long offset = 0;
        for (int i = 0; i < out.length; i++) {
            Type ft = st.fields().get(i).type();
            long a = alignof(ft), s = sizeof(ft);
            if (offset < 0 || a < 0) {
                offset = -1;
                out[i] = -1;
                continue;
            }
            offset = round(offset, a);
            out[i] = offset;
            offset = s < 0 ? -1 : offset + s;
        }
        return out;
    }

    private static long round(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
