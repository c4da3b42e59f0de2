// goloom version: prints goloom's version and the Java runtime, like go version.
package dev.goloom.cli;

import dev.goloom.build.Version;
import picocli.CommandLine.Command;

@Command(name = "version", description = "Print goloom's version.")
final class VersionCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("goloom version " + Version.version() + " java" + Runtime.version().feature()
                + " " + System.getProperty("os.name").toLowerCase() + "/" + System.getProperty("os.arch"));
    }
}
