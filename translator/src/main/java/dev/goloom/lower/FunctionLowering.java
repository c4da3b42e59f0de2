// Lowers function bodies: functions, methods and function literals, with parameters, results and defer.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.ast.type.VoidType;
import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Func;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of every translated function:
 * <pre>{@code
 * static long f(long a) {
 *     long r = 0L;                // named results (and, with defer, the unnamed ones too)
 *     Defer defer = new Defer();  // only when the body has defer statements
 *     body: try {
 *         ...                     // "return x" is "r = x; break body;" when there are defers
 *     } catch (Throwable panic) {
 *         defer.panicked(panic);
 *     } finally {
 *         defer.runDefers();      // LIFO; rethrows unless a deferred call recovered
 *     }
 *     return r;
 * }
 * }</pre>
 * Parameters that live in cells or that the function changes (struct values) are copied
 * into locals first: the caller never copies a struct argument (see docs/design.md).
 */
final class FunctionLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;

    FunctionLowering(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
        exprs.functions = this;
    }

    /** What return statements of the function being lowered need to know. */
    record Frame(Type.Signature sig, List<String> results, boolean named, boolean defers, String label, String deferVar) {}

    /** The Java return type of a Go signature: void, the result's type, or a Tuple. */
    com.github.javaparser.ast.type.Type returnType(Type.Signature sig, boolean boxed) {
        return switch (sig.results().size()) {
            case 0 -> new VoidType();
            case 1 -> boxed ? ctx.javaTypes.boxed(sig.results().at(0)) : ctx.javaTypes.of(sig.results().at(0));
            default -> ctx.javaTypes.tupleType(sig.results());
        };
    }

    /**
     * Fills {@code m} (name, modifiers and Javadoc already set) from Go function {@code f}:
     * parameters, return type and body. {@code receiver} is the method's receiver variable
     * (null for functions); a struct method's receiver is {@code this}.
     */
    void function(MethodDeclaration m, Decl.Func f, Type.Signature sig, Var receiver, boolean staticReceiver) {
        ctx.currentPos = f.pos();
        ctx.locals = new LocalNames();
        ctx.localGoNames = LocalDeclarations.of(f.type().params(), f.body());
        ctx.storage = LocalStorage.of(f.body(), ctx.info);
        var rt = returnType(sig, false);
        if (rt == null) {
            ctx.unsupported(f.pos(), "results of type " + sig.results());
            rt = new VoidType();
        }
        m.setType(rt);
        BlockStmt prologue = new BlockStmt();
        if (receiver != null) {
            if (staticReceiver) {
                param(m, receiver, prologue);
            } else if (needsOwnLocal(receiver)) {
                // The receiver is changed (or shared) inside: a value receiver works on a copy.
                String name = ctx.locals.declare(receiver);
                Expression init = receiver.type() instanceof Type.Pointer ? new ThisExpr()
                        : new MethodCallExpr(new ThisExpr(), "copy");
                prologue.addStatement(new ExpressionStmt(new VariableDeclarationExpr(
                        new VariableDeclarator(ctx.javaTypes.of(receiver.type()), name, init))));
            } else {
                ctx.locals.alias(receiver, "this");
            }
        }
        for (Var p : sig.params().vars()) {
            param(m, p, prologue);
        }
        if (f.body() == null) {
            ctx.unsupported(f.pos(), "function declarations without body");
            return;
        }
        m.setBody(body(f.body(), sig, prologue));
    }

    private boolean needsOwnLocal(Var v) {
        return ctx.storage.isAssigned(v) || ctx.storage.needsCell(v);
    }

    /** Declares parameter {@code p} of {@code m}; a parameter in a cell or changed struct is copied to a local. */
    private void param(MethodDeclaration m, Var p, BlockStmt prologue) {
        var type = ctx.javaTypes.of(p.type());
        if (type == null) {
            ctx.unsupported(p.pos(), "parameters of type " + p.type());
            type = new ClassOrInterfaceType(null, "Object");
        }
        if (p.name().isEmpty() || p.name().equals("_")) {
            m.addParameter(new Parameter(type, "unused$" + m.getParameters().size()));
            return;
        }
        boolean copyStruct = JavaTypes.needsCopy(p.type()) && (ctx.storage.isAssigned(p) || ctx.storage.inPlace(p));
        if (ctx.storage.needsCell(p) || copyStruct) {
            String incoming = p.name() + "$in";
            m.addParameter(new Parameter(type, incoming));
            String name = ctx.locals.declare(p);
            prologue.addStatement(declareLocal(p, name, copyStruct ? exprs.copyOf(new NameExpr(incoming), p.type())
                    : new NameExpr(incoming)));
            return;
        }
        m.addParameter(new Parameter(type, ctx.locals.declare(p)));
    }

    /** {@code T name = init;}, or the cell {@code LongCell name = new LongCell(init);}. */
    /** The cell class of a local {@code v} that lives in a cell: {@code LongCell}, {@code Cell<String>}. */
    ClassOrInterfaceType cellType(Var v) {
        return cellType(v.type());
    }

    /** The cell class holding a value of type {@code t}: {@code LongCell}, {@code Cell<String>}. */
    ClassOrInterfaceType cellType(Type t) {
        String fam = JavaTypes.family(t);
        ClassOrInterfaceType cell = new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime." + (fam == null ? "" : fam) + "Cell"));
        if (fam == null) {
            cell.setTypeArguments(ctx.javaTypes.boxed(t));
        }
        return cell;
    }

    Statement declareLocal(Var v, String name, Expression init) {
        if (ctx.storage.needsCell(v)) {
            ClassOrInterfaceType cell = cellType(v);
            ClassOrInterfaceType created = cell.clone();
            return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(cell, name,
                    new ObjectCreationExpr(null, created, NodeList.nodeList(init)))));
        }
        var type = ctx.javaTypes.of(v.type());
        if (type == null) {
            ctx.unsupported(v.pos(), "variables of type " + v.type());
            type = new ClassOrInterfaceType(null, "Object");
        }
        return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(type, name, init)));
    }

    /** The Java body: prologue, named results, the statements, and the defer frame when needed. */
    private BlockStmt body(Stmt.Block goBody, Type.Signature sig, BlockStmt prologue) {
        boolean defers = hasDefer(goBody);
        boolean named = sig.results().size() > 0 && !sig.results().vars().getFirst().name().isEmpty();
        if (named) {
            // "return x" assigns the named results too.
            sig.results().vars().forEach(ctx.storage::markAssigned);
        }
        List<String> results = new ArrayList<>();
        BlockStmt out = prologue;
        if (named || defers && sig.results().size() > 0) {
            for (int i = 0; i < sig.results().size(); i++) {
                Var r = sig.results().vars().get(i);
                String name;
                if (named && !r.name().equals("_")) {
                    name = ctx.locals.declare(r);
                    out.addStatement(declareLocal(r, name, ctx.javaTypes.zero(r.type())));
                    results.add(ctx.storage.needsCell(r) ? name + ".value" : name);
                } else {
                    name = "result$" + i;
                    var t = ctx.javaTypes.of(r.type());
                    out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(t, name,
                            ctx.javaTypes.zero(r.type())))));
                    results.add(name);
                }
            }
        }
        // Names in a function literal must differ from the enclosing function's (Java lambdas cannot shadow).
        boolean nested = ctx.frame != null;
        String label = defers ? (nested ? ctx.temp("body").replace("$", "") : "body") : null;
        String deferName = defers ? (nested ? ctx.temp("defer") : "defer") : null;
        Frame saved = ctx.frame;
        RangeFuncs.Loop savedLoop = ctx.rangeFunc;
        ctx.frame = new Frame(sig, results, named, defers, label, deferName);
        // A function literal's return and branches are its own, even inside a range-over-function body.
        ctx.rangeFunc = null;
        StackAppends.find(goBody, ctx.info).forEach((call, site) -> {
            ctx.stackAppends.put(call, site);
            if (site.inLoop()) {
                // gc's "used" flag: once per call of the function, not per iteration.
                String flag = ctx.temp("stackBufferUsed");
                ctx.stackAppendFlags.put(call, flag);
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                        com.github.javaparser.ast.type.PrimitiveType.booleanType(), flag, new com.github.javaparser.ast.expr.BooleanLiteralExpr(false)))));
            }
        });
        try {
            BlockStmt stmtsBlock = stmts.block(goBody);
            if (!defers) {
                stmtsBlock.getStatements().forEach(out::addStatement);
                if (named && !StmtLowering.endsInReturn(stmtsBlock) && sig.results().size() > 0) {
                    out.addStatement(resultReturn());
                }
                return out;
            }
            out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                    new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Defer")), deferName,
                    new ObjectCreationExpr(null, new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Defer")), new NodeList<>())))));
            String panicName = nested ? ctx.temp("panic") : "panic";
            CatchClause handler = new CatchClause(new Parameter(new ClassOrInterfaceType(null, "Throwable"), panicName),
                    new BlockStmt().addStatement(new MethodCallExpr(new NameExpr(deferName), "panicked",
                            NodeList.nodeList(new NameExpr(panicName)))));
            TryStmt tryStmt = new TryStmt(stmtsBlock, NodeList.nodeList(handler),
                    new BlockStmt().addStatement(new MethodCallExpr(new NameExpr(deferName), "runDefers")));
            out.addStatement(new LabeledStmt(label, tryStmt));
            if (sig.results().size() > 0) {
                out.addStatement(resultReturn());
            }
            return out;
        } finally {
            ctx.frame = saved;
            ctx.rangeFunc = savedLoop;
        }
    }

    /** {@code return r;} or {@code return new Tuple2<>(a, b);} of the result variables. */
    ReturnStmt resultReturn() {
        List<String> results = ctx.frame.results();
        if (results.size() == 1) {
            return new ReturnStmt(new NameExpr(results.getFirst()));
        }
        NodeList<Expression> values = new NodeList<>();
        results.forEach(r -> values.add(new NameExpr(r)));
        return new ReturnStmt(tuple(values));
    }

    /** {@code new Tuple2<>(a, b)}. */
    Expression tuple(NodeList<Expression> values) {
        return new ObjectCreationExpr(null, new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Tuple" + values.size()))
                .setTypeArguments(new NodeList<>()), values);
    }

    /** Whether {@code body} has a defer statement outside nested function literals. */
    static boolean hasDefer(Stmt.Block body) {
        return directDefer(body);
    }

    private static boolean directDefer(Stmt s) {
        return switch (s) {
            case Stmt.Defer d -> true;
            case Stmt.Block b -> b.stmts().stream().anyMatch(FunctionLowering::directDefer);
            case Stmt.If i -> directDefer(i.then()) || (i.els() != null && directDefer(i.els()));
            case Stmt.For f -> directDefer(f.body());
            case Stmt.Range r -> directDefer(r.body());
            case Stmt.Labeled l -> directDefer(l.stmt());
            case Stmt.Switch sw -> sw.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(FunctionLowering::directDefer));
            case Stmt.TypeSwitch sw -> sw.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(FunctionLowering::directDefer));
            case Stmt.Select sel -> sel.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(FunctionLowering::directDefer));
            case Stmt.CaseClause c -> c.body().stream().anyMatch(FunctionLowering::directDefer);
            default -> false;
        };
    }

    /**
     * A function literal as a Java lambda. Parameters arrive boxed ({@code Long a$}) and are
     * unboxed into locals of Go's type first, so that {@code ==} compares values.
     */
    Expression closure(Expr.FuncLit lit) {
        Type.Signature sig = (Type.Signature) ctx.info.typeOf(lit);
        if (sig.params().size() > 6 || sig.results().size() > 6 || ctx.javaTypes.of(sig) == null) {
            return exprs.unsupported(lit, "function literals of type " + sig);
        }
        ctx.locals.open();
        try {
            NodeList<Parameter> params = new NodeList<>();
            BlockStmt prologue = new BlockStmt();
            for (Var p : sig.params().vars()) {
                var boxed = ctx.javaTypes.boxed(p.type());
                if (p.name().isEmpty() || p.name().equals("_")) {
                    params.add(new Parameter(boxed, ctx.temp("unused")));
                    continue;
                }
                boolean primitive = ctx.javaTypes.of(p.type()) instanceof PrimitiveType;
                boolean copyStruct = JavaTypes.needsCopy(p.type()) && (ctx.storage.isAssigned(p) || ctx.storage.inPlace(p));
                if (primitive || ctx.storage.needsCell(p) || copyStruct) {
                    String incoming = ctx.temp(p.name());
                    params.add(new Parameter(boxed, incoming));
                    String name = ctx.locals.declare(p);
                    prologue.addStatement(declareLocal(p, name, copyStruct ? exprs.copyOf(new NameExpr(incoming), p.type())
                            : new NameExpr(incoming)));
                } else {
                    params.add(new Parameter(boxed, ctx.locals.declare(p)));
                }
            }
            BlockStmt body = body(lit.body(), sig, prologue);
            return new LambdaExpr(params, body, true);
        } finally {
            ctx.locals.close();
        }
    }

    /** Assigning the results of a return statement inside a defer frame: {@code r = x; break body;}. */
    static AssignExpr assign(String target, Expression value) {
        return new AssignExpr(new NameExpr(target), value, AssignExpr.Operator.ASSIGN);
    }
}
