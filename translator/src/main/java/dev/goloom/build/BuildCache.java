// Go-style build cache: compiled classes of a program, keyed by a hash of everything that went in.
package dev.goloom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Like Go's build cache ({@code go env GOCACHE}), so that a second {@code goloom run} of
 * unchanged code skips translation and compilation. The key hashes goloom's build id and
 * every input file's path and contents. Location: {@code $GOLOOMCACHE}, else
 * {@code $XDG_CACHE_HOME/goloom}, else {@code ~/.cache/goloom}; {@code GOLOOMCACHE=off}
 * disables it. Entries are written to a temporary directory and renamed into place, so a
 * reader never sees half an entry.
 */
public final class BuildCache {
    private final Path root;

    private BuildCache(Path root) {
        this.root = root;
    }

    /** The cache configured by the environment, or null when disabled. */
    public static BuildCache fromEnvironment() {
        String dir = System.getenv("GOLOOMCACHE");
        if ("off".equals(dir)) {
            return null;
        }
        Path root;
        if (dir != null && !dir.isEmpty()) {
            root = Path.of(dir);
        } else if (System.getenv("XDG_CACHE_HOME") != null && !System.getenv("XDG_CACHE_HOME").isEmpty()) {
            root = Path.of(System.getenv("XDG_CACHE_HOME"), "goloom");
        } else {
            root = Path.of(System.getProperty("user.home"), ".cache", "goloom");
        }
        return new BuildCache(root);
    }

    /** The cache key of a program made of {@code files}. */
    public static String key(List<Path> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Version.buildId().getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                sha.update((f.toAbsolutePath().normalize() + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compiled program: the class with {@code main(String[])} and all class files by binary name. */
    public record Entry(String mainClass, Map<String, byte[]> classes) {}

    private static final String MAIN_CLASS_FILE = "main-class";

    /** The cached program for {@code key}, or null on a miss. */
    public Entry get(String key) {
        Path dir = root.resolve(key.substring(0, 2)).resolve(key);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - 6), Files.readAllBytes(p));
                }
            }
            Path main = dir.resolve(MAIN_CLASS_FILE);
            return classes.isEmpty() || !Files.exists(main) ? null : new Entry(Files.readString(main).trim(), classes);
        } catch (IOException e) {
            return null;
        }
    }

    /** Stores {@code entry} under {@code key}; failures only cost a later cache miss. */
    public void put(String key, Entry entry) {
        Map<String, byte[]> classes = entry.classes();
        try {
            Path bucket = root.resolve(key.substring(0, 2));
            Files.createDirectories(bucket);
            Path tmp = Files.createTempDirectory(bucket, ".tmp-");
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                Files.write(tmp.resolve(e.getKey() + ".class"), e.getValue());
            }
            Files.writeString(tmp.resolve(MAIN_CLASS_FILE), entry.mainClass() + "\n");
            try {
                Files.move(tmp, bucket.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                dev.goloom.emit.OutputTree.deleteTree(tmp);
            }
        } catch (IOException e) {
            // A cache that cannot be written is no reason to fail the build.
        }
    }
}
