// unsafe.StringData(s): a *byte to the first byte of a string, equal to another exactly when they share the string object.
package dev.goloom.runtime;

/**
 * A Go string is an immutable Java String, so the string object stands for its bytes: two
 * pointers are equal when they come from the same object (a copy of a string value shares it, a
 * strings.Clone does not), as Go's pointers are when two strings share their bytes. Reading
 * gives the first byte; writing through it is undefined in Go and reported as unsupported.
 *
 * @param s the string whose bytes the pointer points to (never empty)
 */
public record StringData(String s) implements BytePtr {
    /** {@code unsafe.StringData(s)}: nil for the empty string (Go leaves it unspecified; gc gives nil). */
    public static BytePtr of(String s) {
        return s.isEmpty() ? null : new StringData(s);
    }

    @Override public byte get() {
        return (byte) s.charAt(0);
    }

    @Override public void set(byte v) {
        throw new GoPanic("goloom: unsupported: writing a string's bytes through unsafe.StringData");
    }

    @Override public boolean equals(Object o) {
        return o instanceof StringData d && d.s == s;
    }

    @Override public int hashCode() {
        return System.identityHashCode(s);
    }
}
