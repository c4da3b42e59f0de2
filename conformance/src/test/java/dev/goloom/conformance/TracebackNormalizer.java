// The stderr normalization that conformance/update-goldens applies to Go's output, applied to goloom's.
package dev.goloom.conformance;

import java.util.regex.Pattern;

/**
 * Go's traceback lines are machine-specific: after every line matching
 * {@code ^goroutine [0-9]+ \[.*\]:$}, the lines up to (not including) the next empty line
 * or the end of output are dropped. Everything else is kept byte for byte.
 */
final class TracebackNormalizer {
    private TracebackNormalizer() {}

    private static final Pattern TRACE = Pattern.compile("(?m)^(goroutine [0-9]+ \\[[^\\n]*\\]:)((?:\\n[^\\n]+)*)");

    static String normalize(String stderr) {
        return TRACE.matcher(stderr).replaceAll("$1");
    }
}
