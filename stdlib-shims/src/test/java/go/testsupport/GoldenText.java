// Reads the recorded output of a Go test program (src/test/resources/go/*.txt) and cuts out one section.
package go.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Sections start with a line {@code == NAME} and run to the next such line or the end. */
public final class GoldenText {
    private GoldenText() {}

    /** The whole resource as a Go byte string. */
    public static String read(String resource) {
        try (InputStream in = GoldenText.class.getResourceAsStream("/go/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource go/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The section {@code name}, header line included. */
    public static String section(String resource, String name) {
        String all = read(resource);
        String header = "== " + name + "\n";
        int start = all.indexOf(header);
        if (start < 0) {
            throw new IllegalStateException("no section " + name + " in go/" + resource);
        }
        int end = all.indexOf("\n== ", start + header.length());
        return end < 0 ? all.substring(start) : all.substring(start, end + 1);
    }
}
