// Tests the benchmark mode that runs main.main several times in one JVM.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedMainTest {

    @Test
    void initRunsOnceAndMainEveryTimeWithOneReportLineEach() {
        List<String> calls = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RepeatedMain.run(3, () -> calls.add("init"), () -> calls.add("main"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(List.of("init", "main", "main", "main"), calls);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        for (int i = 0; i < 3; i++) {
            assertTrue(lines[i].matches("goloom-repeat: run " + (i + 1) + " seconds=\\d+\\.\\d{6}"), lines[i]);
        }
    }

    @Test
    void timesReadsThePropertyAndDefaultsToOne() {
        String saved = System.getProperty(RepeatedMain.PROPERTY);
        try {
            System.clearProperty(RepeatedMain.PROPERTY);
            assertEquals(1, RepeatedMain.times());
            System.setProperty(RepeatedMain.PROPERTY, "5");
            assertEquals(5, RepeatedMain.times());
            System.setProperty(RepeatedMain.PROPERTY, "0");
            assertEquals(1, RepeatedMain.times());
            System.setProperty(RepeatedMain.PROPERTY, "many");
            assertEquals(1, RepeatedMain.times());
        } finally {
            if (saved == null) {
                System.clearProperty(RepeatedMain.PROPERTY);
            } else {
                System.setProperty(RepeatedMain.PROPERTY, saved);
            }
        }
    }
}
