// Finds a package's Go test functions (func TestXxx(t *testing.T)) in its *_test.go files, as go test does.
package dev.goloom.maven;

import dev.goloom.diag.Diagnostics;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoFile;
import java.util.ArrayList;
import java.util.List;

/** go test's rule: a function named Test, or Test followed by a character that is not a lower-case letter. */
final class GoTestFunctions {
    private GoTestFunctions() {}

    /**
     * The names of the test functions in {@code files} (only {@code *_test.go} files count), in
     * source order. A function named like a test with another signature is an error, in go
     * vet's words ("wrong signature for TestX, must be: func TestX(t *testing.T)").
     */
    static List<String> find(List<GoFile> files, Diagnostics diags) {
        List<String> names = new ArrayList<>();
        for (GoFile file : files) {
            if (!file.path().endsWith("_test.go")) {
                continue;
            }
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && f.recv() == null && isTestName(f.name().name())) {
                    if (!hasTestSignature(f.type())) {
                        diags.error(f.pos(), "wrong signature for " + f.name().name() + ", must be: func "
                                + f.name().name() + "(t *testing.T)");
                        continue;
                    }
                    names.add(f.name().name());
                }
            }
        }
        return names;
    }

    static boolean isTestName(String name) {
        if (!name.startsWith("Test")) {
            return false;
        }
        if (name.length() == 4) {
            return true;
        }
        return !Character.isLowerCase(name.codePointAt(4));
    }

    /** One parameter of type *testing.T (the package imported under its own name), no results, no type parameters. */
    private static boolean hasTestSignature(Expr.FuncType type) {
        if ((type.results() != null && !type.results().isEmpty()) || (type.typeParams() != null && !type.typeParams().isEmpty()) || type.params().size() != 1
                || type.params().getFirst().names().size() > 1) {
            return false;
        }
        return type.params().getFirst().type() instanceof Expr.Star star
                && star.x() instanceof Expr.Selector sel && sel.sel().name().equals("T")
                && sel.x() instanceof Expr.Ident pkg && pkg.name().equals("testing");
    }
}
