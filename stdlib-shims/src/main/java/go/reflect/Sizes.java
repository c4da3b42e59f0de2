// Sizes, alignments and field offsets of Go types on amd64 (gc's rules, as the translator's GoSizes).
package go.reflect;

import dev.goloom.runtime.GoType;

/** Type.Size/Align/FieldAlign and StructField.Offset, as gc computes them for GOARCH=amd64. */
final class Sizes {
    private Sizes() {}

    static long size(GoType t) {
        GoType u = t.underlying();
        return switch (u.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case INT, INT64, UINT, UINT64, UINTPTR, FLOAT64, COMPLEX64 -> 8;
            case COMPLEX128, STRING, INTERFACE -> 16;
            case SLICE -> 24;
            case MAP, CHAN, FUNC, POINTER, UNSAFE_POINTER -> 8;
            case ARRAY -> ((GoType.Array) u).len() * size(((GoType.Array) u).elem());
            case STRUCT -> structLayout((GoType.Struct) u)[((GoType.Struct) u).fields().size()];
        };
    }

    static long align(GoType t) {
        GoType u = t.underlying();
        return switch (u.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
            case ARRAY -> align(((GoType.Array) u).elem());
            case STRUCT -> {
                long a = 1;
                for (GoType.Field f : ((GoType.Struct) u).fields()) {
                    a = Math.max(a, align(f.type()));
                }
                yield a;
            }
            default -> 8;
        };
    }

    /** The offsets of a struct's fields, followed by the struct's size. */
    static long[] structLayout(GoType.Struct st) {
        int n = st.fields().size();
        long[] out = new long[n + 1];
        long off = 0;
        long lastSize = -1;
        for (int i = 0; i < n; i++) {
            GoType ft = st.fields().get(i).type();
            long a = align(ft);
            off = (off + a - 1) / a * a;
            out[i] = off;
            lastSize = size(ft);
            off += lastSize;
        }
        // gc pads a struct ending in a zero-size field so that a pointer to it stays inside the object.
        if (n > 0 && lastSize == 0 && off > 0) {
            off++;
        }
        long a = align(st);
        out[n] = (off + a - 1) / a * a;
        return out;
    }

    static boolean hasPointers(GoType t) {
        GoType u = t.underlying();
        return switch (u.kind()) {
            case STRING, SLICE, INTERFACE, MAP, CHAN, FUNC, POINTER, UNSAFE_POINTER -> true;
            case ARRAY -> ((GoType.Array) u).len() > 0 && hasPointers(((GoType.Array) u).elem());
            case STRUCT -> ((GoType.Struct) u).fields().stream().anyMatch(f -> hasPointers(f.type()));
            default -> false;
        };
    }
}
