// Lowers goroutines and channel operations: go, send, receive, comma-ok receive and select.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.VarType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A goroutine is {@code Go.go(() -> f(a, b))} with the function value and arguments evaluated
 * first, as the spec requires; channels are the runtime's {@code Chan}; a select statement
 * builds its cases ({@code Select.recv(c)}, {@code Select.send(c, v)}), lets the runtime choose
 * one, then runs the chosen clause.
 */
final class ChannelLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;

    ChannelLowering(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
    }

    private NameExpr runtime(String cls) {
        return new NameExpr(ctx.use("dev.goloom.runtime." + cls));
    }

    static Type.Chan chanType(Type t) {
        return (Type.Chan) t.underlying();
    }

    /** {@code go f(x)}: operands saved in locals now, the call made by the new goroutine. */
    void goStmt(Stmt.Go g, BlockStmt out) {
        Expr.Call call = g.call();
        Expr fun = ExprLowering.unparen(call.fun());
        java.util.Map<Expr, String> saved = new java.util.LinkedHashMap<>();
        if (!(fun instanceof Expr.FuncLit) && !(fun instanceof Expr.Ident) && !(fun instanceof Expr.Selector)) {
            saved.put(call.fun(), save(call.fun(), out, "fn"));
        }
        if (fun instanceof Expr.Selector sel && ctx.info.selections.get(sel) != null) {
            String receiver = save(sel.x(), out, "receiver");
            saved.put(sel.x(), receiver);
            if (ctx.info.selections.get(sel).kind() == dev.goloom.types.Selection.Kind.METHOD_VALUE
                    && ctx.info.typeOf(sel.x()).underlying() instanceof Type.Interface) {
                // go x.M() on a nil interface panics in the go statement, as evaluating x.M does.
                out.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull",
                        NodeList.nodeList(new NameExpr(receiver)))));
            }
        }
        if (call.args().size() == 1 && ctx.info.typeOf(call.args().getFirst()) instanceof Type.Tuple) {
            ctx.unsupported(g.pos(), "go with the results of a call as arguments");
            return;
        }
        for (Expr a : call.args()) {
            saved.put(a, save(a, out, "arg"));
        }
        Expression lowered = exprs.lowerWithSubstitutes(call, saved);
        LambdaExpr body = new LambdaExpr(new NodeList<>(),
                new BlockStmt().addStatement(new ExpressionStmt(StmtLowering.statementExpression(lowered))));
        out.addStatement(new ExpressionStmt(new MethodCallExpr(runtime("Go"), "go", NodeList.nodeList(body))));
    }

    /** Evaluates {@code e} into a fresh local (a copy for struct values); returns its name. */
    private String save(Expr e, BlockStmt out, String base) {
        Type t = ctx.info.typeOf(e);
        String tmp = ctx.temp(base);
        var jt = ctx.javaTypes.of(t);
        Expression v = JavaTypes.needsCopy(t) && exprs.isVariable(e) ? exprs.copyOf(exprs.lower(e), t) : exprs.lower(e);
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                jt == null ? new VarType() : jt, tmp, v))));
        return tmp;
    }

    /** {@code ch <- v}. */
    void send(Stmt.Send s, BlockStmt out) {
        Type.Chan ct = chanType(ctx.info.typeOf(s.chan()));
        out.addStatement(new ExpressionStmt(new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(s.chan())), "send",
                NodeList.nodeList(exprs.valueFor(s.value(), ct.elem())))));
    }

    /** {@code <-ch} as a value. */
    Expression receive(Expr.Unary u) {
        Type.Chan ct = chanType(ctx.info.typeOf(u.x()));
        return exprs.unboxed(new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(u.x())), "recv"), ct.elem());
    }

    /** {@code v, ok := <-ch}: one receive, then both targets. */
    void receiveCommaOk(List<Expr> lhs, Expr.Unary u, String op, BlockStmt out, Assignments assignments) {
        Type.Chan ct = chanType(ctx.info.typeOf(u.x()));
        String r = ctx.temp("received");
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), r,
                new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(u.x())), "recv2")))));
        Statement first = assignments.assignOne(lhs.get(0), op,
                exprs.unboxed(new MethodCallExpr(new NameExpr(r), "value"), ct.elem()));
        if (!first.isEmptyStmt()) {
            out.addStatement(first);
        }
        Statement second = assignments.assignOne(lhs.get(1), op, new MethodCallExpr(new NameExpr(r), "ok"));
        if (!second.isEmptyStmt()) {
            out.addStatement(second);
        }
    }

    /** The zero-aware {@code make(chan T, n)}: receives from a closed channel give T's zero value. */
    Expression make(Type t, Expression cap) {
        Type elem = chanType(t).elem();
        var zero = ctx.javaTypes.zero(elem);
        boolean nullZero = zero instanceof com.github.javaparser.ast.expr.NullLiteralExpr;
        MethodCallExpr call = new MethodCallExpr(runtime("Chan"), "make",
                nullZero ? NodeList.nodeList(cap) : NodeList.nodeList(cap, zero));
        call.setTypeArguments(ctx.javaTypes.boxed(elem));
        return call;
    }

    /**
     * A select statement: {@code Selected s = Select.select(cases...)} (or selectDefault with
     * a default clause), then the clause whose index was chosen, as an if-else chain inside a
     * labeled block (a break in a clause leaves the select).
     */
    void select(Stmt.Select sel, BlockStmt out, String label) {
        if (sel.clauses().isEmpty()) {
            out.addStatement(new ExpressionStmt(new MethodCallExpr(runtime("Select"), "block")));
            return;
        }
        ctx.locals.open();
        BlockStmt scope = new BlockStmt();
        NodeList<Expression> cases = new NodeList<>();
        List<Stmt.CommClause> comms = new ArrayList<>();
        boolean hasDefault = false;
        for (Stmt.CommClause c : sel.clauses()) {
            if (c.comm() == null) {
                hasDefault = true;
                continue;
            }
            comms.add(c);
            switch (c.comm()) {
                case Stmt.Send s -> {
                    Type.Chan ct = chanType(ctx.info.typeOf(s.chan()));
                    // The channel, then the value, in source order before later cases (issue4313.go).
                    String ch = save(s.chan(), scope, "ch");
                    String value = ctx.temp("v");
                    scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                            ctx.javaTypes.of(ct.elem()), value, exprs.valueFor(s.value(), ct.elem())))));
                    cases.add(new MethodCallExpr(runtime("Select"), "send", NodeList.nodeList(
                            new NameExpr(ch), new NameExpr(value))));
                }
                default -> cases.add(new MethodCallExpr(runtime("Select"), "recv",
                        NodeList.nodeList(new NameExpr(save(receiveOperand(c.comm()).x(), scope, "ch")))));
            }
        }
        String chosen = ctx.temp("selected");
        scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), chosen,
                new MethodCallExpr(runtime("Select"), hasDefault ? "selectDefault" : "select", cases)))));
        String blockLabel = label != null ? label : ctx.temp("select").replace("$", "");
        stmts.breakTargets.push(new String[] {blockLabel});
        IfStmt first = null, previous = null, last = null;
        Statement dflt = null;
        try {
            int index = 0;
            for (Stmt.CommClause c : sel.clauses()) {
                ctx.locals.open();
                BlockStmt body = new BlockStmt();
                if (c.comm() == null) {
                    stmts.statements(c.body(), body);
                    dflt = body;
                    ctx.locals.close();
                    continue;
                }
                bindReceived(c.comm(), chosen, body);
                stmts.statements(c.body(), body);
                ctx.locals.close();
                IfStmt next = new IfStmt(new com.github.javaparser.ast.expr.BinaryExpr(
                        new MethodCallExpr(new NameExpr(chosen), "index"),
                        new com.github.javaparser.ast.expr.IntegerLiteralExpr(String.valueOf(index)),
                        com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS), body, null);
                index++;
                if (first == null) {
                    first = next;
                } else {
                    last.setElseStmt(next);
                }
                previous = last;
                last = next;
            }
        } finally {
            stmts.breakTargets.pop();
        }
        Statement chain = first;
        if (dflt == null && last != null) {
            // Without default one case always runs: the last needs no test, and javac then sees
            // that a select whose clauses all return ends the method, as Go does.
            if (previous == null) {
                chain = last.getThenStmt();
            } else {
                previous.setElseStmt(last.getThenStmt());
            }
        } else if (dflt != null) {
            if (first == null) {
                chain = dflt;
            } else {
                last.setElseStmt(dflt);
            }
        }
        ctx.locals.close();
        boolean breaks = chain.findFirst(BreakStmt.class, b -> b.getLabel().map(l -> l.asString().equals(blockLabel)).orElse(false)).isPresent();
        scope.addStatement(breaks ? new LabeledStmt(blockLabel, chain instanceof BlockStmt ? chain : new BlockStmt().addStatement(chain)) : chain);
        out.addStatement(scope);
    }

    /** The receive expression of a receive clause ({@code <-c}, {@code v := <-c}, {@code v, ok = <-c}). */
    private static Expr.Unary receiveOperand(Stmt comm) {
        Expr e = switch (comm) {
            case Stmt.ExprStmt es -> es.x();
            case Stmt.Assign a -> a.rhs().getFirst();
            default -> throw new IllegalStateException("not a receive: " + comm);
        };
        return (Expr.Unary) ExprLowering.unparen(e);
    }

    /** Declares or assigns the variables of a receive clause from the chosen case. */
    private void bindReceived(Stmt comm, String chosen, BlockStmt body) {
        if (!(comm instanceof Stmt.Assign a)) {
            return;
        }
        Type.Chan ct = chanType(ctx.info.typeOf(receiveOperand(comm).x()));
        Expression value = exprs.unboxed(new MethodCallExpr(new NameExpr(chosen), "value"), ct.elem());
        Assignments assignments = stmts.assignments();
        Statement first = assignments.assignOne(a.lhs().get(0), a.op(), value);
        if (!first.isEmptyStmt()) {
            body.addStatement(first);
        }
        if (a.lhs().size() > 1) {
            Statement second = assignments.assignOne(a.lhs().get(1), a.op(), new MethodCallExpr(new NameExpr(chosen), "ok"));
            if (!second.isEmptyStmt()) {
                body.addStatement(second);
            }
        }
    }
}
