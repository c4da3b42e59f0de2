// Info.instances: every instantiation of a generic type or function, explicit or inferred, with its type arguments.
package dev.goloom.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.build.Translator;
import dev.goloom.diag.Diagnostics;
import dev.goloom.loader.PackageLoader;
import dev.goloom.loader.SourcePackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstancesTest {
    @TempDir
    Path tmp;

    private static final String PROGRAM = """
            package main

            type List[T any] struct {
            	next *List[T]
            	val  T
            }

            func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

            type Pair[K comparable, V any] struct {
            	k K
            	v V
            }

            func Map[T, U any](xs []T, f func(T) U) []U { return nil }

            func Max[T int | float64](a, b T) T { return a }

            func Scale[S ~[]E, E int | float64](s S, c E) S { return s }

            type Vec []float64

            func main() {
            	var l List[string]
            	_ = l.Push("a")
            	_ = Map([]int{1}, func(i int) string { return "" })
            	_ = Max(1, 2.5)
            	_ = Max[int](1, 2)
            	_ = Map[int, bool]
            	_ = Pair[string, []byte]{}
            	_ = Scale(Vec{1}, 2)
            }
            """;

    /** The instances of the program, as "line:col name[args] = type", sorted by position. */
    private Map<String, String> instances() throws Exception {
        Path file = tmp.resolve("main.go");
        Files.writeString(file, PROGRAM);
        Diagnostics diags = new Diagnostics();
        List<SourcePackage> pkgs = new PackageLoader(diags).load("command-line-arguments", List.of(file));
        Translator.CheckedProgram checked = Translator.check(pkgs, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        assertNotNull(checked);
        Info info = checked.translated().getLast().info();
        Map<String, String> out = new TreeMap<>();
        info.instances.forEach((id, inst) -> out.put(String.format("%02d:%02d", id.pos().line(), id.pos().col()),
                id.name() + inst.typeArgs() + " = " + inst.type()));
        return out;
    }

    @Test
    void recordsExplicitAndInferredInstantiations() throws Exception {
        Map<String, String> got = instances();
        // Types: the recursive List[T] inside List's own declaration and its method are instances too.
        assertEquals("List[T] = main.List[T]", got.get("04:08"));
        assertEquals("List[string] = main.List[string]", got.get("24:08"));
        assertEquals("Pair[string, []byte] = main.Pair[string, []byte]", got.get("30:06"));
        // Functions: inferred from typed arguments, from untyped constants (largest kind), explicit.
        assertEquals("Map[int, string] = func(xs []int, f func(int) string) []string", got.get("26:06"));
        assertEquals("Max[float64] = func(a float64, b float64) float64", got.get("27:06"));
        assertEquals("Max[int] = func(a int, b int) int", got.get("28:06"));
        assertEquals("Map[int, bool] = func(xs []int, f func(int) bool) []bool", got.get("29:06"));
        // Constraint type inference: E from S's core type []E.
        assertEquals("Scale[main.Vec, float64] = func(s main.Vec, c float64) main.Vec", got.get("31:06"));
        assertTrue(got.size() >= 9, got.toString());
    }
}
