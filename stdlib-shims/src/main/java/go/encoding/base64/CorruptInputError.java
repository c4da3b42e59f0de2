// base64.CorruptInputError (an int64 offset) as an error value: the Boxed that implements Error.
package go.encoding.base64;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoError;

/** A {@code base64.CorruptInputError} stored in an interface; Error is Base64.CorruptInputError_Error. */
public final class CorruptInputError extends Boxed implements GoError {
    public CorruptInputError(long offset) {
        super(Base64.TYPE_CorruptInputError, offset);
    }

    @Override public String Error() {
        return Base64.CorruptInputError_Error((Long) value());
    }
}
