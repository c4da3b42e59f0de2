// strings.Builder: efficient building of a Go byte string by appending.
package go.strings;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Tuple2;
import go.io.Writer;

/**
 * Go's {@code strings.Builder}; its zero value ({@code new Builder()}) is ready to use. Go
 * forbids copying a non-zero Builder (it panics on the copy's next write); goloom's copies are
 * references, so that check is not made.
 */
public final class Builder implements Writer, dev.goloom.runtime.GoStruct<Builder>, Cloneable {

    /** {@code strings.Builder}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("strings", "strings", "Builder")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public Builder copy() {
        try {
            return (Builder) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The bytes written so far (chars 0–255). */
    private final StringBuilder buf = new StringBuilder();

    public String String() {
        return buf.toString();
    }

    public long Len() {
        return buf.length();
    }

    public long Cap() {
        return buf.capacity();
    }

    public void Reset() {
        buf.setLength(0);
    }

    public void Grow(long n) {
        if (n < 0) {
            throw new GoPanic("strings.Builder.Grow: negative count");
        }
        buf.ensureCapacity(buf.length() + (int) n);
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        buf.append(p.toGoString());
        return new Tuple2<>(p.len(), null);
    }

    public GoError WriteByte(byte c) {
        buf.append((char) (c & 0xff));
        return null;
    }

    public Tuple2<Long, GoError> WriteRune(int r) {
        String enc = GoStrings.fromRune(r);
        buf.append(enc);
        return new Tuple2<>((long) enc.length(), null);
    }

    public Tuple2<Long, GoError> WriteString(String s) {
        buf.append(s);
        return new Tuple2<>((long) s.length(), null);
    }
}
