// Standard output and error as Go has them: unbuffered, one write per call, raw bytes.
package dev.goloom.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * File descriptors 1 and 2. Go's os.Stdout and os.Stderr do not buffer, so each write here
 * is one write(2) of the bytes, and stdout/stderr interleave exactly as in Go.
 */
public final class Stdio {
    private Stdio() {}

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);

    /** Writes a Go byte string (chars 0–255) to fd 1; returns the number of bytes written. */
    public static int writeOut(String bytes) {
        return write(OUT, bytes);
    }

    /** Writes a Go byte string to fd 2. */
    public static int writeErr(String bytes) {
        return write(ERR, bytes);
    }

    private static int write(FileOutputStream out, String bytes) {
        byte[] b = bytes.getBytes(StandardCharsets.ISO_8859_1);
        try {
            out.write(b);
        } catch (IOException e) {
            return 0;
        }
        return b.length;
    }
}
