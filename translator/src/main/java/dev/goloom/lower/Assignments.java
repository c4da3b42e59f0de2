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
            out.addStatement(assignOne(a.lhs().getFirst(), op, valueFor(a.lhs().getFirst(), a.rhs().getFirst())));
            return;
        }
        if (!needsTemporaries(a)) {
            List<Expr> saved = saveLeftOperands(a.lhs(), out);
            for (int i = 0; i < a.lhs().size(); i++) {
                add(out, assignOne(a.lhs().get(i), op, valueFor(a.lhs().get(i), a.rhs().get(i))));
            }
            checkSaved(saved, a.pos());
            return;
        }
        // Go evaluates every right-hand side (and the index operands on the left) before
        // assigning: go through temporaries.
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
        List<Expr> saved = saveLeftOperands(a.lhs(), out);
        for (int i = 0; i < a.lhs().size(); i++) {
            add(out, assignOne(a.lhs().get(i), op, values.get(i)));
        }
        checkSaved(saved, a.pos());
    }

    /**
     * The spec evaluates the index operands and pointer indirections on the left before the
     * first assignment ({@code i, a[i] = 1, 9} sets a[0]); assigning one by one would let an
     * earlier target change them. The operands an earlier target may change (they read a
     * variable assigned before them, or storage when an earlier target is an element, field
     * or pointee) are saved into temporaries first, as gc's early copies do.
     */
    private List<Expr> saveLeftOperands(List<Expr> lhs, BlockStmt out) {
        List<Expr> saved = new ArrayList<>();
        java.util.Set<dev.goloom.types.Obj> assigned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean storageAssigned = false;
        for (Expr l : lhs) {
            Expr target = ExprLowering.unparen(l);
            if (!assigned.isEmpty() || storageAssigned) {
                for (Expr operand : leftOperands(target)) {
                    if (mayChange(operand, assigned, storageAssigned)) {
                        saved.add(operand);
                    }
                }
            }
            if (target instanceof Expr.Ident id) {
                if (ctx.info.objectOf(id) instanceof Var v) {
                    assigned.add(v);
                }
            } else {
                storageAssigned = true;
            }
        }
        exprs.hoist(saved, out);
        return saved;
    }

    /** The operands of a target that the spec evaluates before assigning: index operands, pointers, struct bases. */
    private List<Expr> leftOperands(Expr target) {
        return switch (target) {
            case Expr.Index ix -> List.of(ix.x(), ix.indices().getFirst());
            case Expr.Star st -> List.of(st.x());
            case Expr.Selector sel when ctx.info.selections.get(sel) != null -> List.of(sel.x());
            default -> List.of();
        };
    }

    /** Whether an earlier assignment of the statement may change the value of {@code e}. */
    private boolean mayChange(Expr e, java.util.Set<dev.goloom.types.Obj> assigned, boolean storageAssigned) {
        e = ExprLowering.unparen(e);
        if (ctx.info.typeAndValue(e) instanceof dev.goloom.types.TypeAndValue tv && tv.isConstant()) {
            return false;
        }
        return switch (e) {
            case Expr.Ident id -> assigned.contains(ctx.info.objectOf(id));
            case Expr.Index ix -> storageAssigned || mayChange(ix.x(), assigned, false) || mayChange(ix.indices().getFirst(), assigned, false);
            case Expr.Star st -> storageAssigned || mayChange(st.x(), assigned, false);
            case Expr.Selector sel -> ctx.info.selections.get(sel) != null && (storageAssigned || mayChange(sel.x(), assigned, false));
            case Expr.Binary b -> mayChange(b.x(), assigned, storageAssigned) || mayChange(b.y(), assigned, storageAssigned);
            case Expr.Unary u -> mayChange(u.x(), assigned, storageAssigned);
            case Expr.Call c when isPureRead(c) -> c.args().stream().anyMatch(x -> mayChange(x, assigned, storageAssigned));
            default -> false; // a call stays where Java evaluates it: saving it would move it after the right-hand sides
        };
    }

    /** A conversion, len or cap: no call to move, just a read of its operand. */
    private boolean isPureRead(Expr.Call c) {
        var fun = ctx.info.typeAndValue(c.fun());
        if (fun != null && fun.mode() == dev.goloom.types.TypeAndValue.Mode.TYPE) {
            return true;
        }
        return ExprLowering.unparen(c.fun()) instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof dev.goloom.types.Builtin b
                && (b.name().equals("len") || b.name().equals("cap"));
    }

    /** Ends {@link #saveLeftOperands}: a saved operand the lowering did not read would be read late. */
    private void checkSaved(List<Expr> saved, dev.goloom.diag.Pos pos) {
        if (!exprs.unhoist(saved)) {
            ctx.unsupported(pos, "an assignment whose targets' operands an earlier target changes");
        }
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

    /**
     * {@code a, b := f()}, {@code v, ok := m[k]}: one evaluation, then each target. Targets'
     * operands an earlier target changes are saved after a call ({@code p, *p = f()}), and
     * before the other forms, which run no Go code that could change them.
     */
    void destructure(List<Expr> lhs, Expr rhs, String op, BlockStmt out) {
        List<Expr> saved = new ArrayList<>();
        if (!(ExprLowering.unparen(rhs) instanceof Expr.Call)) {
            saved.addAll(saveLeftOperands(lhs, out));
        }
        destructureValues(lhs, rhs, op, out, saved);
        checkSaved(saved, rhs.pos());
    }

    private void destructureValues(List<Expr> lhs, Expr rhs, String op, BlockStmt out, List<Expr> saved) {
        Type rt = ctx.info.typeOf(rhs);
        Expr inner = ExprLowering.unparen(rhs);
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
        String t = ctx.temp("results");
        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), t, exprs.lower(rhs)))));
        saved.addAll(saveLeftOperands(lhs, out));
        for (int i = 0; i < lhs.size(); i++) {
            Expression v = exprs.unboxed(new MethodCallExpr(new NameExpr(t), "v" + i), tuple.at(i));
            Type target = lhs.get(i) instanceof Expr.Ident id && id.name().equals("_") ? null : ctx.info.typeOf(lhs.get(i));
            if (target != null && Types.isInterface(target) && !Types.isInterface(tuple.at(i))) {
                v = ctx.boxing.toInterface(v, tuple.at(i), target);
            }
            add(out, assignOne(lhs.get(i), op, v));
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
                if (xt instanceof Type.Slice) {
                    Expression idx = exprs.indexLong(i, exprs.lower(i));
                    if (struct) {
                        return new MethodCallExpr(new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(ix.x())), "get",
                                NodeList.nodeList(idx)), "set", NodeList.nodeList(value));
                    }
                    return new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(ix.x())), "set", NodeList.nodeList(idx, value));
                }
                Expression target = exprs.lower(l);
                return struct ? new MethodCallExpr(JavaPrecedence.receiver(target), "set", NodeList.nodeList(value))
                        : new AssignExpr(target, value, AssignExpr.Operator.ASSIGN);
            }
            case Expr.Star s -> {
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
            case Expr.Index ix -> ctx.info.typeOf(ix.x()).underlying() instanceof Type.Array
                    || ctx.info.typeOf(ix.x()).underlying() instanceof Type.Pointer;
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
        if (!(xt instanceof Type.MapType) && !(xt instanceof Type.Slice)) {
            return false;
        }
        Expr i = ix.indices().getFirst();
        Expression x = evaluatedOnce(exprs.lower(ix.x()), ix.x(), "x", out);
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
