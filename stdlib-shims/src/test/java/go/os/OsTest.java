// os.Args as a []string, the environment, and os.Stdout/os.Stderr as io.Writers.
package go.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoType;
import go.fmt.Fmt;
import org.junit.jupiter.api.Test;

class OsTest {
    @Test
    void argsIsAStringSliceStartingWithTheProgramName() {
        // Outside GoProgram.run the recorded arguments are just the program name "main".
        assertEquals(1, Os.Args.len());
        assertEquals("main", Os.Args.get(0));
        // Go: fmt.Printf("%q %T", os.Args, os.Args) for a program run as "main" prints ["main"] []string.
        assertEquals("[\"main\"] []string", Fmt.Sprintf("%q %T", new Boxed(new GoType.Slice(GoType.STRING), Os.Args),
                new Boxed(new GoType.Slice(GoType.STRING), Os.Args)));
    }

    @Test
    void lookupEnvTellsUnsetFromEmpty() {
        assertEquals("", Os.Getenv("GOLOOM_SURELY_UNSET_VARIABLE"));
        assertFalse(Os.LookupEnv("GOLOOM_SURELY_UNSET_VARIABLE").v1());
    }

    @Test
    void standardStreamsAreNamedLikeGos() {
        // Go: os.Stdout.Name() == "/dev/stdout", os.Stderr.Fd() == 2.
        assertEquals("/dev/stdout", Os.Stdout.Name());
        assertEquals(2L, Os.Stderr.Fd());
    }
}
