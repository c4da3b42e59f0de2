// Prints a whole GoFile back as Go source that parses to an equal AST (positions aside).
package dev.goloom.syntax;

import java.util.List;

/**
 * The inverse of the parser, used by the round-trip tests. Layout is simple (one statement
 * per line, tabs for indentation), not gofmt's; what matters is that re-parsing the output
 * yields the same tree. Expressions are printed by {@link GoPrinter}, which keeps the tree's
 * parentheses.
 */
public final class GoSourcePrinter {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    private GoSourcePrinter() {}

    public static String print(GoFile f) {
        GoSourcePrinter p = new GoSourcePrinter();
        boolean outer = GoPrinter.FULL_BODIES.get();
        GoPrinter.FULL_BODIES.set(true);
        try {
            p.file(f);
        } finally {
            GoPrinter.FULL_BODIES.set(outer);
        }
        return p.out.toString();
    }

    /** A function literal's body as source text (its lines are not indented further). */
    static String funcBody(Stmt.Block body) {
        GoSourcePrinter p = new GoSourcePrinter();
        p.block("", body, "");
        String text = p.out.toString();
        return text.substring(0, text.length() - 1);
    }

    private void line(String s) {
        out.append("\t".repeat(indent)).append(s).append('\n');
    }

    private void doc(String doc) {
        if (doc != null) {
            for (String l : doc.split("\n", -1)) {
                line("// " + l);
            }
        }
    }

    private void file(GoFile f) {
        if (f.buildConstraint() != null) {
            line("//go:build " + f.buildConstraint());
            line("");
        }
        line("package " + f.pkgName().name());
        for (Decl d : f.decls()) {
            line("");
            decl(d);
        }
    }

    private void decl(Decl d) {
        switch (d) {
            case Decl.Gen g -> {
                // A doc comment is attached to a spec only inside a group: keep the group then.
                boolean docs = g.specs().stream().anyMatch(s -> s instanceof Spec.Value v && v.doc() != null
                        || s instanceof Spec.Type t && t.doc() != null);
                if (g.specs().size() == 1 && !g.keyword().equals("import") && !docs) {
                    spec(g.keyword() + " ", g.specs().getFirst());
                    return;
                }
                line(g.keyword() + " (");
                indent++;
                g.specs().forEach(s -> spec("", s));
                indent--;
                line(")");
            }
            case Decl.Func f -> {
                doc(f.doc());
                StringBuilder sb = new StringBuilder("func ");
                if (f.receivers() != null) {
                    sb.append('(').append(GoPrinter.fields(f.receivers(), ", ")).append(") ");
                }
                sb.append(f.name().name());
                if (!f.type().typeParams().isEmpty()) {
                    sb.append('[').append(GoPrinter.fields(f.type().typeParams(), ", ")).append(']');
                }
                sb.append(GoPrinter.signature(f.type()));
                if (f.body() == null) {
                    line(sb.toString());
                } else {
                    block(sb + " ", f.body(), "");
                }
            }
        }
    }

    private void spec(String prefix, Spec s) {
        switch (s) {
            case Spec.Import i -> line(prefix + (i.name() == null ? "" : i.name().name() + " ") + GoPrinter.quote(i.path()));
            case Spec.Value v -> {
                doc(v.doc());
                String names = String.join(", ", v.names().stream().map(Expr.Ident::name).toList());
                String type = v.type() == null ? "" : " " + GoPrinter.expr(v.type());
                String values = v.values().isEmpty() ? "" : " = " + GoPrinter.list(v.values());
                line(prefix + names + type + values);
            }
            case Spec.Type t -> {
                doc(t.doc());
                String params = t.typeParams().isEmpty() ? "" : "[" + GoPrinter.fields(t.typeParams(), ", ") + "]";
                line(prefix + t.name().name() + params + (t.alias() ? " = " : " ") + GoPrinter.expr(t.type()));
            }
        }
    }

    /** Prints "{", the statements, "}" with {@code head} before the brace and {@code tail} after it. */
    private void block(String head, Stmt.Block b, String tail) {
        line(head + "{");
        indent++;
        b.stmts().forEach(this::stmt);
        indent--;
        line("}" + tail);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Block b -> block("", b, "");
            case Stmt.Labeled l -> {
                if (l.stmt() instanceof Stmt.Empty) {
                    line(l.label().name() + ": ;");
                } else {
                    line(l.label().name() + ":");
                    stmt(l.stmt());
                }
            }
            case Stmt.Empty e -> line(";");
            case Stmt.DeclStmt d -> decl(d.decl());
            case Stmt.Go g -> line("go " + GoPrinter.expr(g.call()));
            case Stmt.Defer d -> line("defer " + GoPrinter.expr(d.call()));
            case Stmt.Return r -> line(r.results().isEmpty() ? "return" : "return " + GoPrinter.list(r.results()));
            case Stmt.Branch b -> line(b.keyword() + (b.label() == null ? "" : " " + b.label().name()));
            case Stmt.If i -> ifStmt("", i);
            case Stmt.Switch sw -> {
                String header = header(sw.init(), sw.tag() == null ? "" : GoPrinter.expr(sw.tag()), sw.init() != null);
                clauses("switch " + header, sw.clauses());
            }
            case Stmt.TypeSwitch ts -> clauses("switch " + header(ts.init(), GoPrinter.stmt(ts.assign()), ts.init() != null),
                    ts.clauses());
            case Stmt.Select sel -> {
                line("select {");
                for (Stmt.CommClause c : sel.clauses()) {
                    line(c.comm() == null ? "default:" : "case " + GoPrinter.stmt(c.comm()) + ":");
                    indent++;
                    c.body().forEach(this::stmt);
                    indent--;
                }
                line("}");
            }
            case Stmt.For f -> {
                String header;
                if (f.init() == null && f.post() == null) {
                    header = f.cond() == null ? "" : GoPrinter.expr(f.cond()) + " ";
                } else {
                    header = (f.init() == null ? "" : GoPrinter.stmt(f.init())) + "; "
                            + (f.cond() == null ? "" : GoPrinter.expr(f.cond())) + "; "
                            + (f.post() == null ? "" : GoPrinter.stmt(f.post())) + " ";
                }
                block("for " + header, f.body(), "");
            }
            case Stmt.Range r -> block("for " + GoPrinter.stmt(r) + " ", r.body(), "");
            default -> line(GoPrinter.stmt(s));
        }
    }

    /** An if/switch header: "init; x" or "x" (the init statement may be present but x empty). */
    private static String header(Stmt init, String x, boolean hasInit) {
        String text = hasInit ? GoPrinter.stmt(init) + "; " + x : x;
        return text.isEmpty() ? "" : text + " ";
    }

    private void ifStmt(String prefix, Stmt.If i) {
        String head = prefix + "if " + header(i.init(), GoPrinter.expr(i.cond()), i.init() != null);
        if (i.els() == null) {
            block(head, i.then(), "");
            return;
        }
        line(head + "{");
        indent++;
        i.then().stmts().forEach(this::stmt);
        indent--;
        if (i.els() instanceof Stmt.If elseIf) {
            ifStmt("} else ", elseIf);
        } else {
            block("} else ", (Stmt.Block) i.els(), "");
        }
    }

    private void clauses(String head, List<Stmt.CaseClause> clauses) {
        line(head + "{");
        for (Stmt.CaseClause c : clauses) {
            line(c.isDefault() ? "default:" : "case " + GoPrinter.list(c.list()) + ":");
            indent++;
            c.body().forEach(this::stmt);
            indent--;
        }
        line("}");
    }
}
