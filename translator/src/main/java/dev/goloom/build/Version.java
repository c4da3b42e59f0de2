// goloom's version and build id, read from the resource Maven fills in at build time.
package dev.goloom.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class Version {
    private Version() {}

    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = Version.class.getResourceAsStream("/dev/goloom/goloom.properties")) {
            if (in != null) {
                PROPS.load(in);
            }
        } catch (IOException e) {
            // Keep the defaults below.
        }
    }

    public static String version() {
        return PROPS.getProperty("version", "dev");
    }

    /** Changes with every build, so that build-cache entries of older builds are not reused. */
    public static String buildId() {
        return version() + "+" + PROPS.getProperty("build", "unknown");
    }
}
