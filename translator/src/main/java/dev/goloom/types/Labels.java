// Labels and branch statements ("Labeled statements", "Break", "Continue", "Goto", "Fallthrough"), checked as gc's parser does.
package dev.goloom.types;

import dev.goloom.diag.Pos;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One pass over a function body (not into function literals, which get their own pass), the
 * way gc's syntax.checkBranches works — its messages differ from types2's:
 * <ul>
 * <li>Labels have function scope; a label is declared when the walk reaches it, so {@code break L}
 *     and {@code continue L} only see labels of enclosing statements already declared.</li>
 * <li>Blocks are walked in order; a {@code goto} whose label is not yet declared (or not in an
 *     enclosing block) is a forward goto, resolved when a label of that name appears later in
 *     the same block, and otherwise handed to the enclosing block. Forward gotos left at the
 *     end either jump into a block (the label exists) or name no label.</li>
 * <li>A forward goto resolved after a variable declaration of the same block jumps over it.</li>
 * <li>{@code fallthrough} is valid only as the last statement of a non-final expression-switch case.</li>
 * </ul>
 */
final class Labels {
    private final Checker c;
    /** Every label declared so far in the body, by name. */
    private final Map<String, Label> labels = new LinkedHashMap<>();

    private Labels(Checker c) {
        this.c = c;
    }

    /** A declared label: the block it is declared in, its statement, and whether a branch names it. */
    private static final class Label {
        /** The block whose statement list holds the labeled statement. */
        final Block parent;
        /** The labeled statement. */
        final Stmt.Labeled stmt;
        /** Set when a branch statement names the label, even an invalid one. */
        boolean used;

        Label(Block parent, Stmt.Labeled stmt) {
            this.parent = parent;
            this.stmt = stmt;
        }
    }

    /**
     * A block being walked: its parent, where it starts (for "jumps into block starting at"),
     * and the labeled statement it belongs to (the body of {@code L: for {...}} belongs to L).
     */
    private record Block(Block parent, Pos start, Stmt.Labeled labeled) {}

    /**
     * What unlabeled branches in the statements being walked refer to: the innermost for,
     * range, switch or select for break, for or range for continue, and the index of the
     * enclosing switch case when walking its statement list directly (else -1).
     */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex) {}

    /** Checks the branch statements and labels of one function body (not of the literals in it). */
    static void check(Checker c, Stmt.Block body) {
        new Labels(c).body(body);
    }

    private void error(Pos pos, String message) {
        c.error(pos, message);
    }

    private void body(Stmt.Block body) {
        List<Stmt.Branch> forward = block(null, new Targets(null, null, -1), null, body.pos(), body.stmts());
        for (Stmt.Branch g : forward) {
            String name = g.label().name();
            Label l = labels.get(name);
            if (l != null) {
                l.used = true; // no "defined and not used" on top
                error(g.label().pos(), "goto " + name + " jumps into block starting at " + l.parent.start());
            } else {
                error(g.label().pos(), "label " + name + " not defined");
            }
        }
        for (Label l : labels.values()) {
            if (!l.used) {
                error(l.stmt.label().pos(), "label " + l.stmt.label().name() + " defined and not used");
            }
        }
    }

    /**
     * Walks the statement list of one block and returns its unresolved forward gotos.
     * {@code labeled} is the labeled statement the block belongs to, or null.
     */
    private List<Stmt.Branch> block(Block parent, Targets targets, Stmt.Labeled labeled, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, labeled);
        List<Stmt.Branch> forward = new ArrayList<>();
        // The last variable declaration seen, and the forward gotos that were pending then.
        Pos varPos = null;
        String varName = null;
        List<Stmt.Branch> jumpingOver = new ArrayList<>();
        List<Stmt> list = trimTrailingEmpty(body);
        for (int index = 0; index < list.size(); index++) {
            Stmt s = list.get(index);
            Stmt.Labeled current = null;
            while (s instanceof Stmt.Labeled l) {
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label label = declare(b, l);
                    for (var it = forward.iterator(); it.hasNext(); ) {
                        Stmt.Branch g = it.next();
                        if (g.label().name().equals(name)) {
                            label.used = true;
                            if (varPos != null && jumpingOver.contains(g)) {
                                error(g.label().pos(), "goto " + name + " jumps over declaration of " + varName
                                        + " at " + varPos);
                            }
                            it.remove();
                        }
                    }
                    current = l;
                }
                s = l.stmt();
            }
            Stmt.Labeled owner = current;
            switch (s) {
                case Stmt.DeclStmt d when d.decl().keyword().equals("var") && !d.decl().specs().isEmpty() -> {
                    Expr.Ident first = ((Spec.Value) d.decl().specs().getFirst()).names().getFirst();
                    varPos = first.pos();
                    varName = first.name();
                    jumpingOver = new ArrayList<>(forward);
                }
                case Stmt.Assign a when a.op().equals(":=") -> {
                    varPos = a.pos();
                    varName = a.lhs().stream().map(GoPrinter::expr).collect(Collectors.joining(", "));
                    jumpingOver = new ArrayList<>(forward);
                }
                case Stmt.Branch br when br.label() == null -> unlabeled(br, targets, index, list.size());
                case Stmt.Branch br -> {
                    if (labeledBranch(br, b)) {
                        forward.add(br);
                    }
                }
                case Stmt.Block inner -> forward.addAll(block(b, new Targets(targets.breaks(), targets.continues(), -1),
                        owner, inner.pos(), inner.stmts()));
                case Stmt.If i -> {
                    Targets inner = new Targets(targets.breaks(), targets.continues(), -1);
                    forward.addAll(block(b, inner, owner, i.then().pos(), i.then().stmts()));
                    if (i.els() != null) {
                        forward.addAll(block(b, inner, owner, i.els().pos(), List.of(i.els())));
                    }
                }
                case Stmt.For f -> forward.addAll(block(b, new Targets(f, f, -1), owner, f.body().pos(), f.body().stmts()));
                case Stmt.Range r -> forward.addAll(block(b, new Targets(r, r, -1), owner, r.body().pos(), r.body().stmts()));
                case Stmt.Switch sw -> forward.addAll(clauses(b, new Targets(sw, targets.continues(), -1), owner, sw.clauses()));
                case Stmt.TypeSwitch ts -> forward.addAll(clauses(b, new Targets(ts, targets.continues(), -1), owner, ts.clauses()));
                case Stmt.Select sel -> {
                    for (Stmt.CommClause cc : sel.clauses()) {
                        forward.addAll(block(b, new Targets(sel, targets.continues(), -1), owner, cc.pos(), cc.body()));
                    }
                }
                default -> { }
            }
        }
        return forward;
    }

    private List<Stmt.Branch> clauses(Block b, Targets targets, Stmt.Labeled owner, List<Stmt.CaseClause> clauses) {
        List<Stmt.Branch> forward = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = clauses.get(i);
            forward.addAll(block(b, new Targets(targets.breaks(), targets.continues(), i), owner, cc.pos(), cc.body()));
        }
        return forward;
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label previous = labels.get(name);
        if (previous != null) {
            error(s.label().pos(), "label " + name + " already defined at " + previous.stmt.label().pos());
            return previous;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    /** break, continue or fallthrough without a label; {@code index} is its place in a list of {@code size}. */
    private void unlabeled(Stmt.Branch br, Targets targets, int index, int size) {
        switch (br.keyword()) {
            case "break" -> {
                if (targets.breaks() == null) {
                    error(br.pos(), "break is not in a loop, switch, or select");
                }
            }
            case "continue" -> {
                if (targets.continues() == null) {
                    error(br.pos(), "continue is not in a loop");
                }
            }
            case "fallthrough" -> {
                String problem = "fallthrough statement out of place";
                if (targets.breaks() instanceof Stmt.TypeSwitch) {
                    problem = "cannot fallthrough in type switch";
                } else if (targets.breaks() instanceof Stmt.Switch sw && targets.caseIndex() >= 0 && index + 1 == size) {
                    if (targets.caseIndex() + 1 < sw.clauses().size()) {
                        return; // the last statement of a case that has a successor
                    }
                    problem = "cannot fallthrough final case in switch";
                }
                error(br.pos(), problem);
            }
            default -> { } // goto always has a label
        }
    }

    /** A labeled break, continue or goto; returns true for a goto to resolve later (a forward goto). */
    private boolean labeledBranch(Stmt.Branch br, Block b) {
        String name = br.label().name();
        Pos at = br.label().pos();
        switch (br.keyword()) {
            case "break" -> {
                Stmt target = enclosingTarget(b, name);
                if (target == null) {
                    error(at, "break label not defined: " + name);
                } else if (!(target instanceof Stmt.For || target instanceof Stmt.Range || target instanceof Stmt.Switch
                        || target instanceof Stmt.TypeSwitch || target instanceof Stmt.Select)) {
                    error(at, "invalid break label " + name);
                }
            }
            case "continue" -> {
                Stmt target = enclosingTarget(b, name);
                if (target == null) {
                    error(at, "continue label not defined: " + name);
                } else if (!(target instanceof Stmt.For || target instanceof Stmt.Range)) {
                    error(at, "invalid continue label " + name);
                }
            }
            case "goto" -> {
                Label l = labels.get(name);
                if (l != null) {
                    l.used = true; // even if the goto turns out invalid
                    for (Block outer = b; outer != null; outer = outer.parent()) {
                        if (l.parent == outer) {
                            return false; // a backward goto to a label of this or an enclosing block
                        }
                    }
                }
                return true;
            }
            default -> { }
        }
        return false;
    }

    /** Marks a statement that a label names but that no branch can target. */
    private static final Stmt NOT_ENCLOSING = new Stmt.Empty(Pos.NONE);

    /**
     * The statement labeled {@code name} if it encloses block b; {@link #NOT_ENCLOSING} when the
     * label is declared but does not enclose b; null when no such label is declared yet.
     */
    private Stmt enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) {
            return null;
        }
        l.used = true; // even if it is not a valid target
        for (Block outer = b; outer != null; outer = outer.parent()) {
            if (outer.labeled() == l.stmt) {
                return l.stmt.stmt();
            }
        }
        return NOT_ENCLOSING;
    }

    /** gc ignores empty statements at the end of a list: a fallthrough followed by ";" is still last. */
    private static List<Stmt> trimTrailingEmpty(List<Stmt> list) {
        int n = list.size();
        while (n > 0 && list.get(n - 1) instanceof Stmt.Empty) {
            n--;
        }
        return list.subList(0, n);
    }
}
