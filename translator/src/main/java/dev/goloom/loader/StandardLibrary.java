// Finds the Go API declarations of the standard packages that goloom's shims implement.
package dev.goloom.loader;

import java.io.IOException;
import java.io.InputStream;

/**
 * The standard library as goloom provides it: each shimmed package {@code P} ships its Go
 * declarations as the class-path resource {@code goloom/std/P/<last element of P>.go}, and
 * its implementation as the Java class {@code go.P.<Name>}. A file that starts with
 * {@link #SOURCE_MARKER} is instead the package's Go source, translated with the program (the
 * generic packages, whose instances are made per program).
 */
public final class StandardLibrary {
    private StandardLibrary() {}

    /** Whether {@code path} names a standard package: its first element has no dot (go's rule). */
    public static boolean isStandardPath(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return !first.contains(".");
    }

    static String resourceOf(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return "goloom/std/" + path + "/" + last + ".go";
    }

    /** The first line of a standard package that goloom ships as Go source to translate (not a Java shim's API). */
    static final String SOURCE_MARKER = "//goloom:source";

    /** Whether {@code file} (a resource of this library) is Go source to translate with the program. */
    static boolean isSource(byte[] file) {
        return new String(file, 0, Math.min(file.length, SOURCE_MARKER.length()), java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals(SOURCE_MARKER);
    }

    /** The API file of {@code path}, or null when goloom does not provide that package. */
    static byte[] apiSource(String path) throws IOException {
        try (InputStream in = StandardLibrary.class.getClassLoader().getResourceAsStream(resourceOf(path))) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
