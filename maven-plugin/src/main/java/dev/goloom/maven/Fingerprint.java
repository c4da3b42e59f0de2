// The incremental check: a hash of every input of a translation, kept beside the output.
package dev.goloom.maven;

import dev.goloom.build.Version;
import dev.goloom.emit.OutputTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over goloom's build id, the goal's settings and every regular file under the Go
 * source directory (relative path and contents, in sorted order). A translation is skipped
 * when the hash equals the one recorded after the last successful translation and the
 * output directory still carries goloom's marker. The hash is written only after the output,
 * so an interrupted build translates again.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(Path sourceRoot, List<String> settings) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        sha.update((Version.buildId() + "\0").getBytes(StandardCharsets.UTF_8));
        for (String s : settings) {
            sha.update((s + "\0").getBytes(StandardCharsets.UTF_8));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update((sourceRoot.relativize(f).toString().replace('\\', '/') + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(f));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Whether {@code output} was made from inputs with hash {@code fingerprint}. */
    static boolean upToDate(Path record, Path output, String fingerprint) throws IOException {
        return Files.isRegularFile(record) && Files.isRegularFile(output.resolve(OutputTree.MARKER))
                && Files.readString(record).strip().equals(fingerprint);
    }

    static void record(Path record, String fingerprint) throws IOException {
        Files.createDirectories(record.getParent());
        Files.writeString(record, fingerprint + "\n");
    }
}
