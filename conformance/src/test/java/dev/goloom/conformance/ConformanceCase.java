// One conformance test case: a name, and how to decide whether goloom behaves like Go on it.
package dev.goloom.conformance;

import java.nio.file.Path;

interface ConformanceCase {
    /** The name in reports and known-failures lists: {@code AREA/NAME} or {@code DIR/FILE}. */
    String name();

    /** The area it belongs to in the scoreboard: the first element of its name. */
    default String area() {
        int slash = name().indexOf('/');
        return slash < 0 ? "." : name().substring(0, slash);
    }

    /** Runs the case in {@code workDir}; null when goloom behaved exactly like Go. */
    Verdict run(Path workDir) throws Exception;
}
