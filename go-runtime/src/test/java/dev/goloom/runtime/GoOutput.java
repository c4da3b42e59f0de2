// Reads the outputs of real Go programs recorded under src/test/resources/go (each next to the program that printed it).
package dev.goloom.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The recorded output of {@code go run NAME.go} ({@code NAME.out}), as lines. */
final class GoOutput {
    private GoOutput() {}

    static List<String> lines(String name) {
        try (InputStream in = GoOutput.class.getResourceAsStream("/go/" + name + ".out")) {
            if (in == null) {
                throw new IllegalStateException("missing recorded Go output go/" + name + ".out");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
