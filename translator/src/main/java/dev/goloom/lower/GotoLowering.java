// goto: a block with goto targets becomes a loop around a switch over its segments.
package dev.goloom.lower;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VarType;
import dev.goloom.diag.Pos;
import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java has no goto. The statements of a Go block whose labels are goto targets are cut into
 * segments, one starting at each such label, and run as
 * <pre>{@code
 * int target$1 = 0;
 * jump$2: while (true) {
 *     switch (target$1) {
 *         case 0: ...statements before the first label...
 *         case 1: ...from label L on...              // falls through into the next segment
 *     }
 *     break;                                         // only when the last segment can end
 * }
 * }</pre>
 * and {@code goto L} is {@code target$1 = 1; continue jump$2;} from anywhere inside the block
 * (Go forbids jumps into blocks, so every goto sees the block of its label).
 * <p>Invariants: the segments share one Java scope, as the Go block does. Go forbids a goto to
 * jump over a variable declaration into its scope, so a variable used by a later segment was
 * declared on every path there; Java's definite-assignment rules do not know that, so such
 * declarations are hoisted before the loop with a zero value and become assignments (a hoisted
 * variable that a lambda captures is not effectively final: reported as unsupported). An
 * unlabeled Go {@code break} or {@code continue} at the top of a segment would bind to the
 * Java switch or loop: reported as unsupported.
 */
final class GotoLowering {
    private final LoweringContext ctx;
    private final StmtLowering stmts;
    /** The labels of the blocks being lowered: label name → its dispatch variable, loop label and segment. */
    private final Map<String, Target> targets = new HashMap<>();

    /** Where {@code goto L} goes: set {@code variable} to {@code index}, continue {@code loop}. */
    private record Target(String variable, String loop, int index) {}

    GotoLowering(LoweringContext ctx, StmtLowering stmts) {
        this.ctx = ctx;
        this.stmts = stmts;
    }

    /** The labels that goto statements in {@code body} name. */
    static Set<String> gotoLabels(Stmt body) {
        Set<String> labels = new HashSet<>();
        AstWalk.walk(body, s -> {
            if (s instanceof Stmt.Branch b && b.keyword().equals("goto") && b.label() != null) {
                labels.add(b.label().name());
            }
        }, e -> { });
        return labels;
    }

    /** Whether {@code list} has a label that a goto of {@code labels} names at its top level. */
    static boolean hasTargets(List<Stmt> list, Set<String> labels) {
        return list.stream().anyMatch(s -> s instanceof Stmt.Labeled l && labels.contains(l.label().name()));
    }

    /** Lowers {@code list} (whose top level has goto targets among {@code labels}) into {@code out}. */
    void block(List<Stmt> list, Set<String> labels, BlockStmt out) {
        List<List<Stmt>> segments = new ArrayList<>();
        segments.add(new ArrayList<>());
        String variable = ctx.temp("target");
        String loop = ctx.temp("jump");
        List<String> mine = new ArrayList<>();
        Map<String, Target> shadowed = new HashMap<>();
        for (Stmt s : list) {
            if (s instanceof Stmt.Labeled l && labels.contains(l.label().name())) {
                String name = l.label().name();
                mine.add(name);
                Target old = targets.put(name, new Target(variable, loop, segments.size()));
                if (old != null) {
                    shadowed.put(name, old);
                }
                segments.add(new ArrayList<>());
            }
            segments.getLast().add(s);
        }
        List<BlockStmt> lowered = new ArrayList<>();
        try {
            for (List<Stmt> segment : segments) {
                BlockStmt b = new BlockStmt();
                for (Stmt s : segment) {
                    // A target label names no Java statement, unless break or continue use it too.
                    stmts.lower(s instanceof Stmt.Labeled l && labels.contains(l.label().name()) && !isLoopOrSwitch(l.stmt())
                            ? l.stmt() : s, b);
                    if (!b.getStatements().isEmpty() && StmtLowering.endsAbruptly(b.getStatements().get(b.getStatements().size() - 1))) {
                        break;
                    }
                }
                lowered.add(b);
            }
        } finally {
            mine.forEach(targets::remove);
            targets.putAll(shadowed);
        }
        Pos pos = list.getFirst().pos();
        for (BlockStmt b : lowered) {
            if (bindsToDispatch(b)) {
                ctx.unsupported(pos, "break or continue beside goto labels in a loop body");
                return;
            }
        }
        hoist(lowered, out, pos);
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(PrimitiveType.intType(),
                variable, new IntegerLiteralExpr("0")))));
        NodeList<SwitchEntry> entries = new NodeList<>();
        for (int i = 0; i < lowered.size(); i++) {
            entries.add(new SwitchEntry(NodeList.nodeList(new IntegerLiteralExpr(String.valueOf(i))),
                    SwitchEntry.Type.STATEMENT_GROUP, lowered.get(i).getStatements()));
        }
        BlockStmt body = new BlockStmt().addStatement(new SwitchStmt(new NameExpr(variable), entries));
        if (!StmtLowering.endsInReturn(lowered.getLast())) {
            body.addStatement(new BreakStmt());
        }
        out.addStatement(new LabeledStmt(loop, new WhileStmt(new BooleanLiteralExpr(true), body)));
    }

    private static boolean isLoopOrSwitch(Stmt s) {
        return s instanceof Stmt.For || s instanceof Stmt.Range || s instanceof Stmt.Switch || s instanceof Stmt.Select;
    }

    /** {@code goto L}: {@code target$1 = k; continue jump$2;}. */
    void jump(Stmt.Branch b, BlockStmt out) {
        Target t = targets.get(b.label().name());
        if (t == null) {
            ctx.unsupported(b.pos(), "goto into an enclosing block of a loop or of a statement's own block");
            return;
        }
        out.addStatement(new AssignExpr(new NameExpr(t.variable()), new IntegerLiteralExpr(String.valueOf(t.index())),
                AssignExpr.Operator.ASSIGN));
        out.addStatement(new ContinueStmt(t.loop()));
    }

    /** Whether an unlabeled break or continue in {@code b} is outside every Java loop or switch of {@code b}. */
    private static boolean bindsToDispatch(BlockStmt b) {
        for (BreakStmt s : b.findAll(BreakStmt.class)) {
            if (s.getLabel().isEmpty() && !insideLoopOrSwitch(s, b)) {
                return true;
            }
        }
        for (ContinueStmt s : b.findAll(ContinueStmt.class)) {
            if (s.getLabel().isEmpty() && !insideLoopOrSwitch(s, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLoopOrSwitch(Node n, Node root) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != root; p = p.getParentNode().orElse(null)) {
            if (p instanceof ForStmt || p instanceof WhileStmt || p instanceof DoStmt || p instanceof ForEachStmt
                    || p instanceof SwitchStmt || p instanceof LambdaExpr) {
                return true;
            }
        }
        return false;
    }

    /**
     * Declarations at the top of a segment that later segments use move before the loop with a
     * zero value; the declaration becomes an assignment.
     */
    private void hoist(List<BlockStmt> segments, BlockStmt out, Pos pos) {
        for (int i = 0; i < segments.size() - 1; i++) {
            for (Statement s : segments.get(i).getStatements()) {
                if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof VariableDeclarationExpr decl)
                        || decl.getVariables().size() != 1 || decl.getElementType() instanceof VarType) {
                    continue;
                }
                VariableDeclarator v = decl.getVariable(0);
                String name = v.getNameAsString();
                boolean usedLater = false;
                for (int j = i + 1; j < segments.size(); j++) {
                    usedLater |= segments.get(j).findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name));
                }
                if (!usedLater) {
                    continue;
                }
                boolean captured = segments.stream().flatMap(seg -> seg.findAll(LambdaExpr.class).stream())
                        .anyMatch(l -> l.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name)));
                if (captured) {
                    ctx.unsupported(pos, "a variable that goto jumps over and a closure captures");
                    return;
                }
                var type = v.getType().clone();
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(type, name,
                        zeroOf(type)))));
                es.setExpression(v.getInitializer().isPresent()
                        ? new AssignExpr(new NameExpr(name), v.getInitializer().get().clone(), AssignExpr.Operator.ASSIGN)
                        : new AssignExpr(new NameExpr(name), zeroOf(type), AssignExpr.Operator.ASSIGN));
            }
        }
    }

    /** Java's default value of {@code t}, a placeholder that is always overwritten before use. */
    private static com.github.javaparser.ast.expr.Expression zeroOf(com.github.javaparser.ast.type.Type t) {
        if (t instanceof PrimitiveType p) {
            return switch (p.getType()) {
                case BOOLEAN -> new BooleanLiteralExpr(false);
                case LONG -> new com.github.javaparser.ast.expr.LongLiteralExpr("0L");
                case DOUBLE -> new com.github.javaparser.ast.expr.DoubleLiteralExpr("0.0");
                case FLOAT -> new com.github.javaparser.ast.expr.DoubleLiteralExpr("0.0f");
                case CHAR -> new com.github.javaparser.ast.expr.CharLiteralExpr('\0');
                default -> new com.github.javaparser.ast.expr.CastExpr(p.clone(), new IntegerLiteralExpr("0"));
            };
        }
        return new com.github.javaparser.ast.expr.NullLiteralExpr();
    }
}
