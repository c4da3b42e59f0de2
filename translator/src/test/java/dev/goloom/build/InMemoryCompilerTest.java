// Tests of compiling generated Java in memory, alone and in batches.
package dev.goloom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.emit.JavaSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {
    private static final JavaSource GOOD = new JavaSource("a.Good", "package a; public class Good { static int f() { return 1; } }");
    private static final JavaSource BAD = new JavaSource("b.Bad", "package b; public class Bad { int f() { return \"s\"; } }");

    @Test
    void aBatchCompilesWhatItCanAndNamesTheSourcesThatFail() {
        var batch = InMemoryCompiler.compileBatch(List.of(GOOD, BAD));
        assertTrue(batch.classes().containsKey("a.Good"), batch.classes().keySet().toString());
        assertEquals(List.of("b.Bad"), List.copyOf(batch.errorsByClass().keySet()));
        assertTrue(batch.errorsByClass().get("b.Bad").startsWith("b/Bad.java:1: "), batch.errorsByClass().toString());
    }

    @Test
    void aFailedCompileIsReportedAsAGoloomBug() {
        var e = assertThrows(InMemoryCompiler.GeneratedJavaError.class, () -> InMemoryCompiler.compile(List.of(BAD)));
        assertTrue(e.getMessage().contains("a goloom bug"), e.getMessage());
    }
}
