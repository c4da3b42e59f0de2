// One String per distinct name of a file, found without copying the name first.
package dev.goloom.syntax;

/**
 * The scanner's table of names: a file repeats its names (err, x, the package's types) many
 * times, and each token used to carry a fresh copy, which the AST then kept alive (over a
 * million strings for the standard library). Open addressing over the source's chars, so a
 * name seen before costs a hash and a compare, no allocation.
 *
 * <p>Invariant: {@link #slots} has a power-of-two length and is at most half full.
 */
final class NameTable {
    /** The names, at their hash's slot or the next free one. */
    private String[] slots = new String[256];
    /** The number of names held. */
    private int size;

    /** The name {@code text[start, end)}, the same String each time it is asked for. */
    String name(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int len = end - start;
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            String s = slots[i];
            if (s == null) {
                String name = text.substring(start, end);
                slots[i] = name;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return name;
            }
            if (s.length() == len && text.regionMatches(start, s, 0, len)) {
                return s;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = mix(s.hashCode()) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = s;
            }
        }
    }
}
