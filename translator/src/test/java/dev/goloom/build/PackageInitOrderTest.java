// Tests of Go's package initialization order (Go 1.21+): lexical among the ready, as the linker sorts.
package dev.goloom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageInitOrderTest {
    @Test
    void readyPackagesGoInImportPathOrder() {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        edges.put("command-line-arguments", List.of("z", "m/util", "alpha"));
        edges.put("z", List.of());
        edges.put("m/util", List.of());
        edges.put("alpha", List.of());
        assertEquals(List.of("alpha", "m/util", "z", "command-line-arguments"), PackageInitOrder.schedule(edges));
    }

    @Test
    void aPackageWaitsForItsImportsWhileLaterOnesGoFirst() {
        // a imports fmt, which waits for os; b is ready at once and goes before a.
        Map<String, List<String>> edges = new LinkedHashMap<>();
        edges.put("command-line-arguments", List.of("ex.com/a", "ex.com/b"));
        edges.put("ex.com/a", List.of("fmt"));
        edges.put("ex.com/b", List.of());
        edges.put("fmt", List.of("os"));
        edges.put("os", List.of());
        assertEquals(List.of("ex.com/b", "os", "fmt", "ex.com/a", "command-line-arguments"), PackageInitOrder.schedule(edges));
    }

    @Test
    void orderIsByTaskSymbolNotPath() {
        // The linker compares "a..inittask" with "a-b..inittask": '-' sorts before '.', so a-b goes first,
        // although the path "a" sorts before "a-b".
        Map<String, List<String>> edges = new LinkedHashMap<>();
        edges.put("a", List.of());
        edges.put("a-b", List.of());
        assertEquals(List.of("a-b", "a"), PackageInitOrder.schedule(edges));
    }
}
