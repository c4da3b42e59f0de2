// Sizes and alignments of Go types under gc on linux/amd64 ("Size and alignment guarantees").
package dev.goloom.lower;

import dev.goloom.types.Type;

/** What append's growth and slice element descriptors need to know about a type's memory layout. */
final class GoSizes {
    private GoSizes() {}

    static long sizeof(Type t) {
        return dev.goloom.types.Sizes.sizeof(t);
    }

    static long alignof(Type t) {
        return dev.goloom.types.Sizes.alignof(t);
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
