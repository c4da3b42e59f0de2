// Lowers assignments, short variable declarations, op-assignments and ++/--, to every kind of Go storage.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.VarType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Selection;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value goes decides how it is stored: a local or field is a Java assignment (a cell's
 * {@code value}), a slice element {@code s.set(i, v)}, a map entry {@code m.put(k, v)}, a
 * pointer's target {@code p.set(v)}. Struct variables that pointers may reach are updated in
 * place ({@code x.set(v)}), so every pointer keeps seeing the variable.
 */
final class Assignments {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;

    Assignments(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
    }

    void assign(Stmt.Assign a, BlockStmt out) {
        String op = a.op();
        if (op.equals(":=") && (a.lhs().size() == 1 || !needsTemporaries(a))) {
            stmts.reserve(a.lhs());
        }
        if (a.rhs().size() == 1 && a.lhs().size() > 1) {
            destructure(a.lhs(), a.rhs().getFirst(), op, out);
            return;
        }
        if (!op.equals("=") && !op.equals(":=")) {
            opAssign(a.lhs().getFirst(), op.substring(0, op.length() - 1), a.rhs().getFirst(), out);
            return;
        }
        if (a.lhs().size() == 1) {
            Expr l = a.lhs().getFirst();
            Expression value = valueFor(l, a.rhs().getFirst());
            if (l instanceof Expr.Ident id && id.name().equals("_") && dereferences(a.rhs().getFirst())) {
                // _ = p.X reads through p: a nil p panics, so the read stays.
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), "_", value))));
                return;
            }
            out.addStatement(assignOne(l, op, value));
            return;
        }
        if (!needsTemporaries(a)) {
            List<Expr> targets = pinTargets(a.lhs(), out);
            for (int i = 0; i < a.lhs().size(); i++) {
                add(out, assignOne(targets.get(i), op, valueFor(a.lhs().get(i), a.rhs().get(i))));
            }
            return;
        }
        // Go evaluates every right-hand side (and the index operands on the left) before
        // assigning: go through temporaries. gc makes the calls first and reads the variables
        // after them, so operands on the left are pinned after the values unless they call.
        boolean leftCalls = a.lhs().stream().anyMatch(l -> !EffectFree.test(l, ctx.info));
        List<Expr> targets = leftCalls ? pinTargets(a.lhs(), out) : null;
        List<Expression> values = new ArrayList<>();
        for (int i = 0; i < a.rhs().size(); i++) {
            Expr r = a.rhs().get(i);
            Expression v = valueFor(a.lhs().get(i), r);
            Type t = targetType(a.lhs().get(i), r);
            var jt = ctx.javaTypes.of(t);
            if (jt == null) {
                ctx.unsupported(r.pos(), "assigning values of type " + t);
                return;
            }
            String tmp = ctx.temp("tmp");
            out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(jt, tmp, v))));
            values.add(new NameExpr(tmp));
        }
        if (targets == null) {
            targets = pinTargets(a.lhs(), out);
        }
        for (int i = 0; i < a.lhs().size(); i++) {
            add(out, assignOne(targets.get(i), op, values.get(i)));
        }
    }

    /**
     * The targets of a tuple assignment with their operands fixed before the first store: Go
     * evaluates the operands of index expressions and pointer indirections on the left before
     * it assigns anything, so in {@code i, a[i] = 1, 9} the element is a[old i] and in
     * {@code p, p.f = q, 9} the field is old p's. An operand an earlier store may change is
     * evaluated into a temporary, and the target is rebuilt around a name for it (a local the
     * Java code knows under the temporary's name). The first target only when its operands
     * call something (nothing is stored before it, but its calls must run in source order).
     */
    private List<Expr> pinTargets(List<Expr> lhs, BlockStmt out) {
        List<Expr> pinned = new ArrayList<>(lhs);
        java.util.Set<Var> stored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean anyStore = false;
        for (int k = 0; k < lhs.size(); k++) {
            Expr l = lhs.get(k);
            if (anyStore || !EffectFree.test(l, ctx.info)) {
                // A call among the operands runs now, in source order, even in the first target.
                pinned.set(k, pinStorage(l, stored, out));
            }
            if (ExprLowering.unparen(l) instanceof Expr.Ident id) {
                if (!id.name().equals("_")) {
                    anyStore = true;
                    if (ctx.info.objectOf(id) instanceof Var v) {
                        stored.add(v);
                    }
                }
            } else {
                anyStore = true;
            }
        }
        return pinned;
    }

    /** {@code l} as storage, with its operands pinned (see {@link #pinTargets}); {@code l} itself when none needs it. */
    private Expr pinStorage(Expr l, java.util.Set<Var> stored, BlockStmt out) {
        switch (l) {
            case Expr.Paren p -> {
                return pinStorage(p.x(), stored, out);
            }
            case Expr.Index ix when ix.indices().size() == 1 -> {
                Type xt = ctx.info.typeOf(ix.x()).underlying();
                // An array operand is storage itself (a[i] of a variable a); anything else is a value.
                Expr x = xt instanceof Type.Array ? pinStorage(ix.x(), stored, out) : pinValue(ix.x(), stored, out);
                Expr i = pinValue(ix.indices().getFirst(), stored, out);
                if (x == ix.x() && i == ix.indices().getFirst()) {
                    return l;
                }
                return retyped(l, new Expr.Index(ix.pos(), x, List.of(i)));
            }
            case Expr.Star st -> {
                Expr x = pinValue(st.x(), stored, out);
                return x == st.x() ? l : retyped(l, new Expr.Star(st.pos(), x));
            }
            case Expr.Selector sel when ctx.info.selections.get(sel) instanceof Selection s && s.kind() == Selection.Kind.FIELD -> {
                boolean throughPointer = ctx.info.typeOf(sel.x()).underlying() instanceof Type.Pointer;
                Expr x = throughPointer ? pinValue(sel.x(), stored, out) : pinStorage(sel.x(), stored, out);
                if (x == sel.x()) {
                    return l;
                }
                Expr.Selector copy = new Expr.Selector(sel.pos(), x, sel.sel());
                ctx.info.selections.put(copy, s);
                return retyped(l, copy);
            }
            default -> {
                return l;
            }
        }
    }

    /**
     * {@code e} itself when no earlier store of the statement can change its value (a constant,
     * or a local that is not a target and lives in no cell), else a name for a temporary that
     * holds its current value.
     */
    private Expr pinValue(Expr e, java.util.Set<Var> stored, BlockStmt out) {
        var tv = ctx.info.typeAndValue(e);
        if (tv != null && tv.isConstant()) {
            return e;
        }
        if (ExprLowering.unparen(e) instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Var v
                && ctx.locals.nameOf(v) != null && !stored.contains(v) && !ctx.storage.needsCell(v)) {
            return e;
        }
        Type t = ctx.info.typeOf(e);
        Expression value = exprs.lower(e);
        if (JavaTypes.needsCopy(t)) {
            value = exprs.copyOf(value, t);
        }
        String name = ctx.temp("operand");
        var jt = ctx.javaTypes.of(t);
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(jt == null ? new VarType() : jt, name, value))));
        Var temp = new Var(name, e.pos(), null, t, false);
        ctx.locals.alias(temp, name);
        Expr.Ident ref = new Expr.Ident(e.pos(), name);
        ctx.info.uses.put(ref, temp);
        ctx.info.types.put(ref, new dev.goloom.types.TypeAndValue(dev.goloom.types.TypeAndValue.Mode.VARIABLE, t, null));
        return ref;
    }

    /** {@code copy}, recorded with the type of the expression it replaces. */
    private Expr retyped(Expr original, Expr copy) {
        ctx.info.types.put(copy, ctx.info.typeAndValue(original));
        return copy;
    }

    /** Whether {@code e} is a field selection through a pointer (Java reads it as a plain field). */
    private boolean dereferences(Expr e) {
        return ExprLowering.unparen(e) instanceof Expr.Selector sel && ctx.info.selections.get(sel) instanceof Selection s
                && s.kind() == Selection.Kind.FIELD && (s.indirect() || dereferences(sel.x()));
    }

    /** The type a value assigned to {@code l} takes: l's type, or r's for a blank or fresh l. */
    private Type targetType(Expr l, Expr r) {
        Type t = l instanceof Expr.Ident id && id.name().equals("_") ? null : ctx.info.typeOf(l);
        return t != null ? t : Types.defaultType(ctx.info.typeOf(r));
    }

    private Expression valueFor(Expr l, Expr r) {
        return exprs.valueFor(r, targetType(l, r));
    }

    private static void add(BlockStmt out, Statement s) {
        if (!s.isEmptyStmt()) {
            out.addStatement(s);
        }
    }

    /**
     * Assigning one by one is the same as Go's evaluate-all-then-assign when every value is a
     * constant, or when every target is a variable that {@code :=} declares fresh (none of them
     * can appear on the right).
     */
    private boolean needsTemporaries(Stmt.Assign a) {
        boolean allConstant = a.rhs().stream().allMatch(r -> {
            var tv = ctx.info.typeAndValue(r);
            return tv != null && tv.isConstant();
        });
        boolean allFresh = a.op().equals(":=") && a.lhs().stream()
                .allMatch(l -> l instanceof Expr.Ident id && (id.name().equals("_") || ctx.info.defs.get(id) != null));
        return !allConstant && !allFresh;
    }

    /** {@code a, b := f()}, {@code v, ok := m[k]}: one evaluation, then each target. */
    void destructure(List<Expr> lhs, Expr rhs, String op, BlockStmt out) {
        Type rt = ctx.info.typeOf(rhs);
        Expr inner = ExprLowering.unparen(rhs);
        if (ctx.info.commaOk.contains(rhs) || inner instanceof Expr.Unary u0 && u0.op().equals("<-")) {
            // p, *p = i.(*T): the second target is old p's (pinned before the lookup, which calls nothing).
            lhs = pinTargets(lhs, out);
        }
        if (inner instanceof Expr.Unary u && u.op().equals("<-")) {
            stmts.channels.receiveCommaOk(lhs, u, op, out, this);
            return;
        }
        if (ctx.info.commaOk.contains(rhs)) {
            if (inner instanceof Expr.TypeAssert ta) {
                stmts.typeAssertions.commaOk(lhs, ta, op, out, this);
                return;
            }
            if (inner instanceof Expr.Index ix && ctx.info.typeOf(ix.x()).underlying() instanceof Type.MapType m) {
                String entry = ctx.temp("entry");
                Expression lookup = new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(ix.x())), "lookup",
                        NodeList.nodeList(exprs.valueFor(ix.indices().getFirst(), m.key())));
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), entry, lookup))));
                Expression found = new BinaryExpr(new NameExpr(entry), new NullLiteralExpr(), BinaryExpr.Operator.NOT_EQUALS);
                Expression value = new ConditionalExpr(found.clone(),
                        exprs.unboxed(new MethodCallExpr(new NameExpr(entry), "getValue"), m.value()), ctx.javaTypes.zero(m.value()));
                if (JavaTypes.needsCopy(m.value())) {
                    value = exprs.copyOf(new com.github.javaparser.ast.expr.EnclosedExpr(value), m.value());
                }
                Type target = lhs.get(0) instanceof Expr.Ident id && id.name().equals("_") ? null : ctx.info.typeOf(lhs.get(0));
                if (target != null && Types.isInterface(target) && !Types.isInterface(m.value())) {
                    value = ctx.boxing.toInterface(new com.github.javaparser.ast.expr.EnclosedExpr(value), m.value(), target);
                }
                add(out, assignOne(lhs.get(0), op, value));
                add(out, assignOne(lhs.get(1), op, found));
                return;
            }
            ctx.unsupported(rhs.pos(), "comma-ok form of " + GoPrinter.expr(rhs));
            return;
        }
        if (!(rt instanceof Type.Tuple tuple)) {
            ctx.unsupported(rhs.pos(), "assignment of " + GoPrinter.expr(rhs));
            return;
        }
        // Calls among the targets' operands run before the call on the right (source order);
        // plain operands are read after it, as gc does.
        boolean leftCalls = lhs.stream().anyMatch(l -> !EffectFree.test(l, ctx.info));
        List<Expr> targets = leftCalls ? pinTargets(lhs, out) : null;
        String t = ctx.temp("results");
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), t, exprs.lower(rhs)))));
        if (targets == null) {
            targets = pinTargets(lhs, out);
        }
        for (int i = 0; i < lhs.size(); i++) {
            Expression v = exprs.unboxed(new MethodCallExpr(new NameExpr(t), "v" + i), tuple.at(i));
            Type target = lhs.get(i) instanceof Expr.Ident id && id.name().equals("_") ? null : ctx.info.typeOf(lhs.get(i));
            if (target != null && Types.isInterface(target) && !Types.isInterface(tuple.at(i))) {
                v = ctx.boxing.toInterface(v, tuple.at(i), target);
            }
            add(out, assignOne(targets.get(i), op, v));
        }
    }

    /** {@code l = value} (or {@code l := value}) for any kind of left-hand side. */
    Statement assignOne(Expr l, String op, Expression value) {
        if (l instanceof Expr.Ident id && id.name().equals("_")) {
            return discard(value);
        }
        if (op.equals(":=") && l instanceof Expr.Ident id && ctx.info.defs.get(id) instanceof Var v) {
            return stmts.declare(v, value);
        }
        return new ExpressionStmt(store(l, value));
    }

    /** The Java expression that stores {@code value} into Go storage {@code l}. */
    Expression store(Expr l, Expression value) {
        l = ExprLowering.unparen(l);
        Type t = ctx.info.typeOf(l);
        boolean struct = t != null && t.underlying() instanceof Type.Struct;
        boolean array = t != null && t.underlying() instanceof Type.Array;
        switch (l) {
            case Expr.Ident id when ctx.info.objectOf(id) instanceof Var v -> {
                boolean local = ctx.locals.nameOf(v) != null;
                if (struct && (!local || ctx.storage.inPlace(v))) {
                    return new MethodCallExpr(JavaPrecedence.receiver(exprs.variable(v)), "set", NodeList.nodeList(value));
                }
                if (array && (!local || ctx.storage.inPlace(v))) {
                    return arrayAssign(exprs.variable(v), value, t);
                }
                return new AssignExpr(exprs.variable(v), value, AssignExpr.Operator.ASSIGN);
            }
            case Expr.Index ix -> {
                Type xt = ctx.info.typeOf(ix.x()).underlying();
                Expr i = ix.indices().getFirst();
                if (xt instanceof Type.MapType m) {
                    return new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(ix.x())), "put",
                            NodeList.nodeList(exprs.valueFor(i, m.key()), value));
                }
                Expr view = exprs.viewOf(ix.x());
                if (xt instanceof Type.Slice || view != null) {
                    // A pointer to an array that is a view is a slice object (ArrayViews), also through (*p)[i].
                    Expression x = exprs.lower(view != null ? view : ix.x());
                    Expression idx = exprs.indexLong(i, exprs.lower(i));
                    if (struct) {
                        return new MethodCallExpr(new MethodCallExpr(JavaPrecedence.receiver(x), "get",
                                NodeList.nodeList(idx)), "set", NodeList.nodeList(value));
                    }
                    return new MethodCallExpr(JavaPrecedence.receiver(x), "set", NodeList.nodeList(idx, value));
                }
                Expression target = exprs.lower(l);
                return struct ? new MethodCallExpr(JavaPrecedence.receiver(target), "set", NodeList.nodeList(value))
                        : new AssignExpr(target, value, AssignExpr.Operator.ASSIGN);
            }
            case Expr.Star s -> {
                if (array && ctx.isArrayView(ctx.info.typeOf(s.x()))) {
                    // *p = v of a view: into the elements it sees.
                    return new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(s.x())), "store", NodeList.nodeList(value));
                }
                if (array) {
                    return arrayAssign(exprs.lower(s.x()), value, t);
                }
                return new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(s.x())), "set", NodeList.nodeList(value));
            }
            default -> {
                Expression target = exprs.lower(l);
                if (struct) {
                    return new MethodCallExpr(JavaPrecedence.receiver(target), "set", NodeList.nodeList(value));
                }
                return new AssignExpr(target, value, AssignExpr.Operator.ASSIGN);
            }
        }
    }

    /** {@code GoArrays.assign(dst, src)}: an array variable that pointers may reach is overwritten in place. */
    private Expression arrayAssign(Expression dst, Expression value, Type t) {
        boolean values = JavaTypes.needsCopy(((Type.Array) t.underlying()).elem());
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")), values ? "assignValues" : "assign",
                NodeList.nodeList(dst, value));
    }

    /** Whether {@code l} lowers to a Java variable (local, field, array element, cell value). */
    private boolean javaLvalue(Expr l) {
        l = ExprLowering.unparen(l);
        return switch (l) {
            case Expr.Ident id -> ctx.info.objectOf(id) instanceof Var;
            case Expr.Selector s -> ctx.info.selections.get(s) instanceof Selection sel && sel.kind() == Selection.Kind.FIELD
                    || ctx.info.selections.get(s) == null;
            case Expr.Index ix -> (ctx.info.typeOf(ix.x()).underlying() instanceof Type.Array
                    || ctx.info.typeOf(ix.x()).underlying() instanceof Type.Pointer) && exprs.viewOf(ix.x()) == null;
            default -> false;
        };
    }

    /** {@code l op= r}: Java's compound operator where it has Go's meaning, else {@code l = l op r}. */
    void opAssign(Expr l, String op, Expr r, BlockStmt out) {
        Type t = ctx.info.typeOf(l);
        BasicKind k = Types.basicKind(t);
        boolean javaOp = !k.isComplex() && switch (op) {
            case "+", "-", "*", "&", "|", "^" -> true;
            case "/", "%" -> !k.isUnsigned();
            default -> false;
        };
        Expression rhs = op.equals("<<") || op.equals(">>") ? null : exprs.valueFor(r, t);
        if (javaOp && javaLvalue(l)) {
            AssignExpr.Operator jop = switch (op) {
                case "+" -> AssignExpr.Operator.PLUS;
                case "-" -> AssignExpr.Operator.MINUS;
                case "*" -> AssignExpr.Operator.MULTIPLY;
                case "/" -> AssignExpr.Operator.DIVIDE;
                case "%" -> AssignExpr.Operator.REMAINDER;
                case "&" -> AssignExpr.Operator.BINARY_AND;
                case "|" -> AssignExpr.Operator.BINARY_OR;
                default -> AssignExpr.Operator.XOR;
            };
            out.addStatement(new ExpressionStmt(new AssignExpr(exprs.lower(l), rhs, jop)));
            return;
        }
        if (ExprLowering.unparen(l) instanceof Expr.Index ix && indexOpAssign(ix, op, r, rhs, t, out)) {
            return;
        }
        if (ExprLowering.unparen(l) instanceof Expr.Star star && !EffectFree.test(star.x(), ctx.info)) {
            // *f() op= r: the pointer is evaluated once (Go's bug196), then r, then *p is read.
            Expression p = evaluatedOnce(exprs.lower(star.x()), star.x(), "p", out);
            rhs = rhs == null ? null : evaluatedOnce(rhs, r, "rhs", out);
            Expression current = new MethodCallExpr(JavaPrecedence.receiver(p.clone()), "get");
            out.addStatement(new ExpressionStmt(new MethodCallExpr(JavaPrecedence.receiver(p), "set",
                    NodeList.nodeList(combine(op, current, r, rhs, t)))));
            return;
        }
        Expression current = exprs.lower(l);
        out.addStatement(new ExpressionStmt(store(l, combine(op, current, r, rhs, t))));
    }

    /** {@code current op r}, with {@code rhs} the lowered {@code r} (null for shifts). */
    private Expression combine(String op, Expression current, Expr r, Expression rhs, Type t) {
        if (op.equals("<<") || op.equals(">>")) {
            var count = ctx.info.typeAndValue(r);
            Long constCount = count != null && count.isConstant() && count.value() instanceof dev.goloom.constant.Constant.Int n
                    && n.value().bitLength() < 63 ? n.value().longValue() : null;
            return exprs.arithmetic.shift(op, current, t, exprs.lower(r), ctx.info.typeOf(r), constCount);
        }
        if (Types.basicKind(t).isString()) {
            return JavaPrecedence.binary(current, rhs, BinaryExpr.Operator.PLUS);
        }
        return exprs.arithmetic.binary(op, current, rhs, t);
    }

    /**
     * {@code m[k] op= r} and {@code s[i] op= r}: Go evaluates the map or slice and the index
     * once, then {@code r}, and reads the element last (gc reads it after r's calls), so
     * operands that may have effects go into temporaries first, in that order. A map entry whose
     * operator cannot panic and whose {@code r} is a constant or a variable is found or added
     * by one lookup ({@code GoMap.slot}) and updated in place: half the hashing of
     * get-then-put, and no second key. (A panicking operator, or an {@code r} that could see
     * the map, as {@code len(m)} or a call does, needs Go's visible order: read, compute,
     * store.) Returns false for other index expressions.
     */
    private boolean indexOpAssign(Expr.Index ix, String op, Expr r, Expression rhs, Type t, BlockStmt out) {
        Type xt = ctx.info.typeOf(ix.x()).underlying();
        Expr view = exprs.viewOf(ix.x());
        if (!(xt instanceof Type.MapType) && !(xt instanceof Type.Slice) && view == null) {
            return false;
        }
        Expr i = ix.indices().getFirst();
        Expr operand = view != null ? view : ix.x();
        Expression x = evaluatedOnce(exprs.lower(operand), operand, "x", out);
        if (xt instanceof Type.MapType m) {
            Expression key = evaluatedOnce(exprs.valueFor(i, m.key()), i, "key", out);
            boolean cannotPanic = switch (op) {
                case "+", "-", "*", "&", "|", "^", "&^" -> true;
                default -> false;
            };
            var rv = ctx.info.typeAndValue(r);
            boolean plainOperand = rv != null && rv.isConstant() || ExprLowering.unparen(r) instanceof Expr.Ident;
            if (rhs != null && cannotPanic && plainOperand) {
                String entry = ctx.temp("entry");
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), entry,
                        new MethodCallExpr(JavaPrecedence.receiver(x), "slot", NodeList.nodeList(key, ctx.javaTypes.zero(m.value())))))));
                Expression current = exprs.unboxed(new MethodCallExpr(new NameExpr(entry), "getValue"), t);
                out.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(entry), "setValue",
                        NodeList.nodeList(combine(op, current, r, rhs, t)))));
                return true;
            }
            rhs = rhs == null ? null : evaluatedOnce(rhs, r, "rhs", out);
            Expression current = exprs.unboxed(new MethodCallExpr(JavaPrecedence.receiver(x.clone()), "get",
                    NodeList.nodeList(key.clone(), ctx.javaTypes.zero(m.value()))), t);
            out.addStatement(new ExpressionStmt(new MethodCallExpr(JavaPrecedence.receiver(x), "put",
                    NodeList.nodeList(key, combine(op, current, r, rhs, t)))));
            return true;
        }
        Expression index = evaluatedOnce(exprs.indexLong(i, exprs.lower(i)), i, "i", out);
        rhs = rhs == null ? null : evaluatedOnce(rhs, r, "rhs", out);
        Expression current = new MethodCallExpr(JavaPrecedence.receiver(x.clone()), "get", NodeList.nodeList(index.clone()));
        out.addStatement(new ExpressionStmt(new MethodCallExpr(JavaPrecedence.receiver(x), "set",
                NodeList.nodeList(index, combine(op, current, r, rhs, t)))));
        return true;
    }

    /** {@code value} itself when Go's {@code e} has no effects, else a temporary holding it. */
    private Expression evaluatedOnce(Expression value, Expr e, String base, BlockStmt out) {
        if (EffectFree.test(e, ctx.info)) {
            return value;
        }
        String name = ctx.temp(base);
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), name, value))));
        return new NameExpr(name);
    }

    /** {@code x++} and {@code x--}. */
    void incDec(Stmt.IncDec i, BlockStmt out) {
        if (javaLvalue(i.x()) && !Types.basicKind(ctx.info.typeOf(i.x())).isComplex()) {
            out.addStatement(new ExpressionStmt(new UnaryExpr(exprs.lower(i.x()),
                    i.op().equals("++") ? UnaryExpr.Operator.POSTFIX_INCREMENT : UnaryExpr.Operator.POSTFIX_DECREMENT)));
            return;
        }
        Expr one = new Expr.BasicLit(i.pos(), Expr.LitKind.INT, "1", "1");
        ctx.info.types.put(one, new dev.goloom.types.TypeAndValue(dev.goloom.types.TypeAndValue.Mode.CONSTANT,
                ctx.info.typeOf(i.x()), dev.goloom.constant.Constant.Int.of(1)));
        opAssign(i.x(), i.op().equals("++") ? "+" : "-", one, out);
    }

    /**
     * {@code _ = x}: Go evaluates x and drops it. A name or literal has no effect, so nothing
     * is emitted; anything else becomes Java's unnamed variable {@code var _ = x;}.
     */
    Statement discard(Expression value) {
        value = StmtLowering.statementExpression(value);
        if (value instanceof NameExpr || value.isLiteralExpr() || value instanceof FieldAccessExpr) {
            return new EmptyStmt();
        }
        if (value.isMethodCallExpr() || value.isAssignExpr() || value.isObjectCreationExpr()) {
            return new ExpressionStmt(value);
        }
        Expression bare = value;
        while (bare instanceof com.github.javaparser.ast.expr.EnclosedExpr || bare instanceof com.github.javaparser.ast.expr.CastExpr) {
            bare = bare instanceof com.github.javaparser.ast.expr.EnclosedExpr en ? en.getInner()
                    : ((com.github.javaparser.ast.expr.CastExpr) bare).getExpression();
        }
        if (bare instanceof com.github.javaparser.ast.expr.LambdaExpr) {
            return new EmptyStmt(); // making a closure has no effect (and Java cannot type it without a target)
        }
        if (bare instanceof com.github.javaparser.ast.expr.MethodReferenceExpr ref) {
            // A method value evaluates its receiver; a function's reference nothing.
            return ref.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr ? new EmptyStmt() : discard(ref.getScope());
        }
        return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), "_", value)));
    }

    void discard(Expression value, BlockStmt out) {
        add(out, discard(value));
    }
}
