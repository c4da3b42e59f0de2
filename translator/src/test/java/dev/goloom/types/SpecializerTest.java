// Specializer: a generic declaration checked again with its type parameters bound to type arguments.
package dev.goloom.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.build.Translator;
import dev.goloom.diag.Diagnostics;
import dev.goloom.loader.PackageLoader;
import dev.goloom.loader.SourcePackage;
import dev.goloom.syntax.Expr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecializerTest {
    @TempDir
    Path tmp;

    private static final String PROGRAM = """
            package main

            type Stringer interface{ String() string }

            type Box[T any] struct{ v T }

            func (b *Box[U]) Get() U { return b.v }

            func Sum[T ~int | ~float64](xs []T) T {
            	var s T
            	for _, x := range xs {
            		s += x
            	}
            	return s
            }

            func Name[T any](x T) string {
            	switch any(x).(type) {
            	case T:
            		return "T"
            	case int:
            		return "int"
            	}
            	if s, ok := any(x).(Stringer); ok {
            		return s.String()
            	}
            	return "?"
            }

            func main() {
            	_ = Sum([]int{1})
            	_ = Name(1)
            	_ = (&Box[string]{}).Get()
            }
            """;

    private CheckedPackage checked() throws Exception {
        Path file = tmp.resolve("main.go");
        Files.writeString(file, PROGRAM);
        Diagnostics diags = new Diagnostics();
        List<SourcePackage> pkgs = new PackageLoader(diags).load("command-line-arguments", List.of(file));
        Translator.CheckedProgram program = Translator.check(pkgs, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        assertNotNull(program);
        return program.translated().getLast();
    }

    @Test
    void bodyIsCheckedWithConcreteTypes() throws Exception {
        CheckedPackage cp = checked();
        Func sum = (Func) cp.pkg().scope().lookupLocal("Sum");
        var s = cp.specializer().function(sum, List.of(Universe.INT));
        assertTrue(s.errors().isEmpty(), s.errors().toString());
        assertEquals("func(xs []int) int", s.func().type().toString());
        // Every local and expression of the body has the argument's type, not T.
        s.info().defs.forEach((id, obj) -> {
            if (obj instanceof Var v && (id.name().equals("s") || id.name().equals("x"))) {
                assertEquals("int", v.type().toString(), id.name());
            }
        });
        assertTrue(s.info().types.values().stream().noneMatch(tv -> tv.type() instanceof Type.TypeParam));
    }

    @Test
    void repeatedCasesAndImpossibleAssertionsPass() throws Exception {
        CheckedPackage cp = checked();
        Func name = (Func) cp.pkg().scope().lookupLocal("Name");
        // case T and case int name one type once T is int: Go runs the first; no error.
        var s = cp.specializer().function(name, List.of(Universe.INT));
        assertTrue(s.errors().isEmpty(), s.errors().toString());
    }

    @Test
    void methodOfInstanceHasInstanceReceiver() throws Exception {
        CheckedPackage cp = checked();
        Type.Named box = (Type.Named) cp.pkg().scope().lookupLocal("Box").type();
        Type.Named boxString = null;
        for (var inst : cp.info().instances.entrySet()) {
            if (inst.getKey().name().equals("Box") && inst.getValue().type() instanceof Type.Named n
                    && n.typeArgs().getFirst().toString().equals("string")) {
                boxString = n;
            }
        }
        assertNotNull(boxString);
        var s = cp.specializer().method(box.methods().getFirst(), boxString);
        assertTrue(s.errors().isEmpty(), s.errors().toString());
        assertEquals("*main.Box[string]", s.func().receiver().type().toString());
        assertEquals("func() string", s.func().type().toString());
        Expr.Ident recv = s.decl().recv().names().getFirst();
        assertEquals(s.func().receiver(), s.info().defs.get(recv));
    }
}
