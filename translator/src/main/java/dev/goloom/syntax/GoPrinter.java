// Prints AST nodes back as Go source: used in error messages ("cannot use x := 1 as value") and tests.
package dev.goloom.syntax;

import java.util.List;
import java.util.stream.Collectors;

/** Renders expressions and simple statements in gofmt's spacing for binary expressions. */
public final class GoPrinter {
    private GoPrinter() {}

    /** Set while GoSourcePrinter prints a file: function literal bodies are printed in full. */
    static final ThreadLocal<Boolean> FULL_BODIES = ThreadLocal.withInitial(() -> false);

    public static String expr(Expr e) {
        return switch (e) {
            case Expr.Ident i -> i.name();
            case Expr.BasicLit b -> b.raw();
            // Messages abbreviate literal bodies as gc does ("[3]int{…}").
            case Expr.CompositeLit c -> (c.type() == null ? "" : expr(c.type())) + "{"
                    + (FULL_BODIES.get() || c.elts().isEmpty() ? list(c.elts()) : "…") + "}";
            case Expr.FuncLit f -> expr(f.type()) + " " + (FULL_BODIES.get() ? GoSourcePrinter.funcBody(f.body()) : "{…}");
            case Expr.Paren p -> "(" + expr(p.x()) + ")";
            case Expr.Selector s -> expr(s.x()) + "." + s.sel().name();
            case Expr.Index i -> expr(i.x()) + "[" + list(i.indices()) + "]";
            case Expr.Slice s -> expr(s.x()) + "[" + opt(s.lo()) + ":" + opt(s.hi())
                    + (s.slice3() ? ":" + opt(s.max()) : "") + "]";
            case Expr.TypeAssert t -> expr(t.x()) + ".(" + (t.type() == null ? "type" : expr(t.type())) + ")";
            case Expr.Call c -> expr(c.fun()) + "(" + list(c.args()) + (c.ellipsis() ? " ..." : "") + ")";
            case Expr.Star s -> {
                String x = expr(s.x());
                yield "*" + (!x.isEmpty() && "+-!^*&<~".indexOf(x.charAt(0)) >= 0 ? " " : "") + x;
            }
            // "- -x" must not print as "--x": keep a space before an operand that starts with an operator.
            case Expr.Unary u -> {
                String x = expr(u.x());
                yield u.op() + (!x.isEmpty() && "+-!^*&<~".indexOf(x.charAt(0)) >= 0 ? " " : "") + x;
            }
            case Expr.Binary b -> expr(b.x()) + " " + b.op() + " " + expr(b.y());
            case Expr.KeyValue kv -> expr(kv.key()) + ": " + expr(kv.value());
            case Expr.ArrayType a -> "[" + (a.len() == null ? "" : expr(a.len())) + "]" + expr(a.elem());
            case Expr.Ellipsis el -> "..." + (el.elem() == null ? "" : expr(el.elem()));
            case Expr.StructType s -> "struct{" + String.join("; ", s.fields().stream()
                    .map(f -> fields(List.of(f), "") + (f.tag() == null ? "" : " " + quote(f.tag()))).toList()) + "}";
            case Expr.FuncType f -> "func" + (f.typeParams().isEmpty() ? "" : "[" + fields(f.typeParams(), ", ") + "]")
                    + signature(f);
            case Expr.InterfaceType i -> "interface{" + i.elems().stream()
                    .map(f -> f.names().isEmpty() ? expr(f.type())
                            : f.names().getFirst().name() + signature((Expr.FuncType) f.type()))
                    .collect(Collectors.joining("; ")) + "}";
            case Expr.MapType m -> "map[" + expr(m.key()) + "]" + expr(m.value());
            case Expr.ChanType c -> switch (c.dir()) {
                case BOTH -> "chan ";
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
            } + expr(c.elem());
        };
    }

    public static String signature(Expr.FuncType f) {
        String params = "(" + fields(f.params(), ", ") + ")";
        if (f.results().isEmpty()) {
            return params;
        }
        if (f.results().size() == 1 && f.results().getFirst().names().isEmpty()) {
            return params + " " + expr(f.results().getFirst().type());
        }
        return params + " (" + fields(f.results(), ", ") + ")";
    }

    public static String fields(List<Field> fields, String sep) {
        return fields.stream().map(f -> f.names().isEmpty() ? expr(f.type())
                : f.names().stream().map(Expr.Ident::name).collect(Collectors.joining(", ")) + " " + expr(f.type()))
                .collect(Collectors.joining(sep));
    }

    public static String list(List<Expr> xs) {
        return xs.stream().map(GoPrinter::expr).collect(Collectors.joining(", "));
    }

    private static String opt(Expr e) {
        return e == null ? "" : expr(e);
    }

    /** A Go interpreted string literal for a byte string: non-printable and non-ASCII bytes escaped. */
    public static String quote(String bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\x%02x", (int) c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A simple statement on one line, as gc quotes it in messages. */
    public static String stmt(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> expr(e.x());
            case Stmt.Assign a -> list(a.lhs()) + " " + a.op() + " " + list(a.rhs());
            case Stmt.IncDec i -> expr(i.x()) + i.op();
            case Stmt.Send snd -> expr(snd.chan()) + " <- " + expr(snd.value());
            case Stmt.Range r -> (r.key() == null ? "" : expr(r.key()) + (r.value() == null ? "" : ", " + expr(r.value()))
                    + " " + r.op() + " ") + "range " + expr(r.x());
            default -> s.getClass().getSimpleName().toLowerCase() + " statement";
        };
    }
}
