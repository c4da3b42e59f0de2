// Lowers calls: functions, methods, func values, conversions and the built-in functions.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Builtin;
import dev.goloom.types.Func;
import dev.goloom.types.PkgName;
import dev.goloom.types.Selection;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;
import dev.goloom.types.Universe;
import java.util.List;

/**
 * A call of a package function is a static call ({@code Strings.HasPrefix(s, p)}); a method of
 * a struct type is an instance call on the receiver object (pointer or value receiver alike);
 * a method of another named type is a static method of the package class taking the receiver
 * first; a func value is {@code f.call(...)}. Variadic arguments of translated functions are
 * packed into a slice as Go does; shim functions take Java varargs.
 */
final class CallLowering {
    private final ExprLowering exprs;
    private final LoweringContext ctx;

    CallLowering(ExprLowering exprs) {
        this.exprs = exprs;
        this.ctx = exprs.ctx;
    }

    Expression call(Expr.Call call) {
        TypeAndValue fun = ctx.info.typeAndValue(call.fun());
        if (fun != null && fun.mode() == TypeAndValue.Mode.TYPE) {
            return exprs.conversion(call, fun.type());
        }
        Expr callee = ExprLowering.unparen(call.fun());
        if (callee instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Builtin b) {
            if (call.args().size() == 1 && exprs.typeOf(call.args().getFirst()) instanceof Type.Tuple tuple
                    && tuple.size() > 1 && SPREADABLE_BUILTINS.contains(b.name())
                    && (spreading == null || spreading.call() != call)) {
                return spreadBuiltin(call, b.name(), tuple);
            }
            return builtin(call, b.name());
        }
        if (callee instanceof Expr.Selector sel && ctx.info.objectOf(sel.sel()) instanceof Builtin b) {
            if (b.name().equals("StringData")) {
                // A pointer that compares by the identity of the string object (runtime StringData).
                return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.StringData")), "of",
                        NodeList.nodeList(exprs.valueFor(call.args().getFirst(), Universe.STRING)));
            }
            if (b.name().equals("Sizeof") || b.name().equals("Alignof") || b.name().equals("Offsetof")) {
                // Not constant when the size depends on a type parameter: known per specialization, the argument not evaluated.
                return new com.github.javaparser.ast.expr.LongLiteralExpr(unsafeLayout(call, b.name()) + "L");
            }
            // unsafe.Add, Slice, SliceData, String: they need machine memory.
            return exprs.unsupported(call, "unsafe." + b.name() + " (goloom has no machine addresses)");
        }
        if (call.args().size() == 1 && exprs.typeOf(call.args().getFirst()) instanceof Type.Tuple tuple
                && (spreading == null || spreading.call() != call)) {
            return spread(call, tuple);
        }
        Type.Signature sig = (Type.Signature) exprs.typeOf(call.fun()).underlying();
        if (exprs.genericFunction(callee) instanceof ExprLowering.GenericCallee g) {
            return new MethodCallExpr(g.owner() == null ? null : new NameExpr(g.owner()), g.name(), arguments(call, sig, false));
        }
        if (callee instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Func f
                && f.pkg() != null && f.pkg() != ctx.checked.pkg()) {
            // A function of a dot-imported package (a translated one: dot imports of shims are unsupported).
            return new MethodCallExpr(new NameExpr(ctx.use(ctx.classOf.apply(f.pkg()))),
                    JavaNames.identifier(f.name()), arguments(call, sig, false));
        }
        if (callee instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Func f) {
            return new MethodCallExpr(ctx.inPackageClass ? null : new NameExpr(ctx.use(ctx.classOf.apply(ctx.checked.pkg()))),
                    JavaNames.identifier(f.name()), arguments(call, sig, false));
        }
        // A shim's generic function instantiated explicitly (errors.AsType[*fs.PathError]) is called like the plain one.
        Expr named = callee instanceof Expr.Index ix && ExprLowering.unparen(ix.x()) instanceof Expr.Selector s
                && ExprLowering.unparen(s.x()) instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof PkgName p
                && p.imported().isShim() ? s : callee;
        if (named instanceof Expr.Selector sel && ExprLowering.unparen(sel.x()) instanceof Expr.Ident pkgId
                && ctx.info.objectOf(pkgId) instanceof PkgName pn && ctx.info.objectOf(sel.sel()) instanceof Func f) {
            String owner = ctx.classOf.apply(pn.imported());
            String method = pn.imported().isShim() ? JavaNames.shimMember(f.name()) : JavaNames.identifier(f.name());
            NodeList<Expression> args = arguments(call, sig, pn.imported().isShim());
            if (pn.imported().isShim() && ctx.info.instances.get(sel.sel()) instanceof dev.goloom.types.Info.Instance inst
                    && takesTypeDescriptors(owner, method)) {
                // errors.AsType[E]: the shim's Java method takes the descriptors of the type arguments first.
                NodeList<com.github.javaparser.ast.type.Type> typeArgs = new NodeList<>();
                for (int i = inst.typeArgs().size() - 1; i >= 0; i--) {
                    args.addFirst(ctx.descriptors.of(inst.typeArgs().get(i)));
                }
                inst.typeArgs().forEach(t -> typeArgs.add(ctx.javaTypes.boxed(t)));
                // Java cannot infer E from a descriptor: Errors.<PathError>AsType(...).
                return new MethodCallExpr(new NameExpr(ctx.use(owner)), typeArgs, method, args);
            }
            return new MethodCallExpr(new NameExpr(ctx.use(owner)), method, args);
        }
        if (callee instanceof Expr.Selector sel && ctx.info.selections.get(sel) instanceof Selection s
                && s.kind() == Selection.Kind.METHOD_VALUE) {
            return methodCall(call, sel, s, sig);
        }
        if (callee instanceof Expr.Selector sel && ctx.info.selections.get(sel) instanceof Selection s
                && s.kind() == Selection.Kind.METHOD_EXPR) {
            return exprs.methodFuncs.callMethodExpression(call, sel, s, arguments(call, sig, false));
        }
        // A func value: call() on the functional interface; a boxed result is unboxed.
        Expression f = exprs.lower(call.fun());
        if (callee instanceof Expr.FuncLit) {
            // func(){...}(): a lambda needs its functional type to be called.
            f = new com.github.javaparser.ast.expr.EnclosedExpr(JavaPrecedence.cast(ctx.javaTypes.of(sig), f));
        }
        Expression result = new MethodCallExpr(JavaPrecedence.receiver(f), "call", arguments(call, sig, false));
        if (sig.results().size() == 1 && ctx.javaTypes.rawAsElement(ctx.info.typeOf(call.fun()))
                && !(ctx.javaTypes.of(sig.results().at(0)) instanceof com.github.javaparser.ast.type.PrimitiveType)) {
            // type F func(F) R: a value of F may be held as the raw Func1 (a lambda's parameter), whose call returns Object.
            return JavaPrecedence.cast(ctx.javaTypes.of(sig.results().at(0)), result);
        }
        return sig.results().size() == 1 ? exprs.unboxed(result, sig.results().at(0)) : result;
    }

    /** Shim class and method → whether its first parameter is a type descriptor (GoType). */
    private static final java.util.Map<String, Boolean> TYPE_DESCRIPTOR_PARAMS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether the shim's generic function {@code owner.method} needs its type arguments at run
     * time: its Java method's first parameter is {@code dev.goloom.runtime.GoType} (read from the
     * shim class on the translator's class path).
     */
    private static boolean takesTypeDescriptors(String owner, String method) {
        return TYPE_DESCRIPTOR_PARAMS.computeIfAbsent(owner + "#" + method, k -> {
            try {
                Class<?> c = Class.forName(owner, false, CallLowering.class.getClassLoader());
                for (var m : c.getMethods()) {
                    if (m.getName().equals(method) && m.getParameterCount() > 0
                            && m.getParameterTypes()[0].getName().equals("dev.goloom.runtime.GoType")) {
                        return true;
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // Not on the class path: an ordinary call.
            }
            return false;
        });
    }

    private Expression methodCall(Expr.Call call, Expr.Selector sel, Selection s, Type.Signature sig) {
        Func m = (Func) s.obj();
        Expression x = exprs.lower(sel.x());
        Expression recv = exprs.embeddedPath(x, s.recv(), s.path());
        if (m.receiver() == null) {
            // An interface method: a call of the Java interface's method (InterfaceLowering).
            Expression target = exprs.interfaceReceiver(recv, exprs.embeddedType(s.recv(), s.path()), m.name());
            if (target == null) {
                return exprs.unsupported(call, "calling method " + m.name() + " of an unnamed interface type");
            }
            return new MethodCallExpr(JavaPrecedence.receiver(target), JavaNames.member(m.name()), arguments(call, sig, false));
        }
        if (ctx.nilAwareMethods.contains(m)) {
            // Tree.Sum(t): runs on a nil t, as Go does (NilReceivers).
            NodeList<Expression> args = arguments(call, sig, false);
            args.addFirst(recv);
            return new MethodCallExpr(new NameExpr(ctx.use(ctx.structClassName((Type.Named) ExprLowering.baseOf(m.receiver().type())))),
                    JavaNames.member(m.name()), args);
        }
        if (ExprLowering.structMethod(m)) {
            return new MethodCallExpr(JavaPrecedence.receiver(recv), JavaNames.member(m.name()), arguments(call, sig, false));
        }
        if (!s.path().isEmpty()) {
            // Promoted from an embedded field of a non-struct type: its value, or &x.T (see promotedReceiver).
            recv = exprs.promotedReceiver(x, s.recv(), s.path(), m);
        } else if (ExprLowering.pointerMethod(m) && !(s.recv().underlying() instanceof Type.Pointer) && !s.indirect()) {
            // c.Inc() on an addressable c of a non-struct type: the method gets &c.
            recv = exprs.lower(new Expr.Unary(sel.x().pos(), "&", sel.x()));
        } else if (!ExprLowering.pointerMethod(m)) {
            recv = exprs.methodFuncs.receiverFor(recv, exprs.typeOf(sel.x()), m); // p.Get() reads *p
        }
        NodeList<Expression> args = arguments(call, sig, false);
        args.addFirst(recv);
        return new MethodCallExpr(new NameExpr(ctx.use(ctx.classOf.apply(m.pkg()))), ctx.staticMethodName(m), args);
    }


    /** The call whose single argument is a call with several results, being lowered by {@link #spread}. */
    private Spreading spreading;

    /** {@code f(g())}: the results of g in lambda parameter {@code name}, of types {@code tuple}. */
    private record Spreading(Expr.Call call, String name, Type.Tuple tuple) {}

    /** A spread call lowered: g's results, the lambda parameter's name, and the call on its components. */
    private record LoweredSpread(Expression results, String name, Expression inner) {}

    /**
     * {@code f(g())} with several results of g: {@code Spread.apply(g(), t$1 -> f(t$1.v0(), t$1.v1()))}
     * ({@code accept} when f has no result). The callee is evaluated inside the lambda, after g
     * (gc does the same for a function value), so its locals must be effectively final in Java.
     */
    private Expression spread(Expr.Call call, Type.Tuple tuple) {
        Type.Signature sig = (Type.Signature) exprs.typeOf(call.fun()).underlying();
        if (!capturable(call.fun())) {
            return exprs.unsupported(call, "passing the results of a call with several results to a function value or method of a changing variable");
        }
        LoweredSpread lowered = lowerSpread(call, tuple, () -> call(call));
        // Explicit type arguments: inferring R from a varargs context (Fmt.Println) fails.
        MethodCallExpr spread = spreadCall(lowered, sig.results().size() == 0, StmtLowering.statementExpression(lowered.inner()));
        if (sig.results().size() == 0) {
            return spread.setTypeArguments(ctx.javaTypes.tupleType(tuple));
        }
        var result = sig.results().size() == 1 ? ctx.javaTypes.boxed(sig.results().at(0)) : ctx.javaTypes.tupleType(sig.results());
        spread.setTypeArguments(ctx.javaTypes.tupleType(tuple), result);
        return sig.results().size() == 1 ? exprs.unboxed(spread, sig.results().at(0)) : spread;
    }

    /** The built-ins (lowered here) whose arguments may be the results of one call: the others take one argument. */
    private static final java.util.Set<String> SPREADABLE_BUILTINS = java.util.Set.of("append", "copy", "delete", "complex", "min", "max");

    /**
     * {@code copy(g())} and the like: as {@link #spread}, the results of g in a lambda that calls
     * the built-in, which reads its arguments through {@link #argType} and {@link #argValue}.
     */
    private Expression spreadBuiltin(Expr.Call call, String builtin, Type.Tuple tuple) {
        LoweredSpread lowered = lowerSpread(call, tuple, () -> builtin(call, builtin));
        Type result = exprs.typeOf(call);
        boolean noValue = result instanceof Type.Tuple t && t.size() == 0;
        // A value's lambda keeps its casts ((byte) of min on uint8 values); a statement cannot be a cast.
        MethodCallExpr spread = spreadCall(lowered, noValue,
                noValue ? StmtLowering.statementExpression(lowered.inner()) : lowered.inner());
        if (noValue) {
            return spread.setTypeArguments(ctx.javaTypes.tupleType(tuple));
        }
        spread.setTypeArguments(ctx.javaTypes.tupleType(tuple), ctx.javaTypes.boxed(result));
        return exprs.unboxed(spread, result);
    }

    /**
     * Lowers the multi-value argument of {@code call} and then, with {@link #spreading} set so
     * that the arguments read the components of the lambda parameter, the call itself.
     */
    private LoweredSpread lowerSpread(Expr.Call call, Type.Tuple tuple, java.util.function.Supplier<Expression> lowerCall) {
        Expression results = exprs.lower(call.args().getFirst());
        Spreading saved = spreading;
        spreading = new Spreading(call, ctx.temp("results"), tuple);
        try {
            return new LoweredSpread(results, spreading.name(), lowerCall.get());
        } finally {
            spreading = saved;
        }
    }

    /** {@code Spread.accept(results, name -> body)} ({@code noValue}) or {@code Spread.apply(...)}. */
    private MethodCallExpr spreadCall(LoweredSpread lowered, boolean noValue, Expression body) {
        var lambda = new com.github.javaparser.ast.expr.LambdaExpr(NodeList.nodeList(new com.github.javaparser.ast.body.Parameter(
                new com.github.javaparser.ast.type.UnknownType(), lowered.name())), body);
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Spread")),
                noValue ? "accept" : "apply", NodeList.nodeList(lowered.results(), lambda));
    }

    /** Whether {@code call}'s arguments are the components of a spread call being lowered. */
    private boolean spreads(Expr.Call call) {
        return spreading != null && spreading.call() == call;
    }

    /** The type of argument {@code i} of a built-in call (a component when spread). */
    private Type argType(Expr.Call call, int i) {
        return spreads(call) ? spreading.tuple().at(i) : exprs.typeOf(call.args().get(i));
    }

    /** How many arguments a built-in call has (a spread call's results count one each). */
    private int argCount(Expr.Call call) {
        return spreads(call) ? spreading.tuple().size() : call.args().size();
    }

    /** Argument {@code i} of a built-in call as a value of type {@code target}. */
    private Expression argValue(Expr.Call call, int i, Type target) {
        return spreads(call) ? spreadComponent(i, target) : exprs.valueFor(call.args().get(i), target);
    }

    /** Argument {@code i} of a built-in call as it is. */
    private Expression argLowered(Expr.Call call, int i) {
        return spreads(call) ? spreadComponent(i, spreading.tuple().at(i)) : exprs.lower(call.args().get(i));
    }

    /** unsafe.Sizeof, Alignof or Offsetof of a specialized body's concrete types (gc's amd64 layout). */
    private long unsafeLayout(Expr.Call call, String name) {
        Expr arg = ExprLowering.unparen(call.args().getFirst());
        if (name.equals("Offsetof")) {
            dev.goloom.types.Selection sel = ctx.info.selections.get((Expr.Selector) arg);
            return dev.goloom.types.Sizes.offsetof(sel.recv(), sel.path());
        }
        Type t = exprs.typeOf(arg);
        return name.equals("Sizeof") ? dev.goloom.types.Sizes.sizeof(t) : dev.goloom.types.Sizes.alignof(t);
    }

    /** Whether every local that {@code e} reads may be captured by a Java lambda (is never assigned). */
    private boolean capturable(Expr e) {
        boolean[] ok = {true};
        dev.goloom.syntax.AstWalk.walk(e, st -> { }, x -> {
            if (x instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof dev.goloom.types.Var v
                    && ctx.locals.nameOf(v) != null && ctx.storage.isAssigned(v) && !ctx.storage.needsCell(v)) {
                ok[0] = false;
            }
        });
        return ok[0];
    }

    /** The arguments spread from a tuple: component i, unboxed, converted to parameter type {@code param}. */
    private Expression spreadComponent(int i, Type param) {
        Type component = spreading.tuple().at(i);
        Expression v = exprs.unboxed(new MethodCallExpr(new NameExpr(spreading.name()), "v" + i), component);
        if (Types.isInterface(param) && !Types.isInterface(component)) {
            v = ctx.boxing.toInterface(v, component);
        }
        return v;
    }

    /** The Java arguments of a call with signature {@code sig}; {@code javaVarargs} for shims. */
    NodeList<Expression> arguments(Expr.Call call, Type.Signature sig, boolean javaVarargs) {
        if (spreading != null && spreading.call() == call) {
            return spreadArguments(sig, javaVarargs);
        }
        NodeList<Expression> args = new NodeList<>();
        List<Expr> goArgs = call.args();
        int n = sig.params().size();
        int fixed = sig.variadic() ? n - 1 : n;
        for (int i = 0; i < Math.min(fixed, goArgs.size()); i++) {
            args.add(exprs.argFor(goArgs.get(i), sig.params().at(i)));
        }
        if (!sig.variadic()) {
            return args;
        }
        Type.Slice last = (Type.Slice) sig.params().at(n - 1);
        if (call.ellipsis()) {
            if (javaVarargs) {
                // A Java varargs parameter takes an array: the slice's elements, copied (the
                // standard functions never write to their variadic slice).
                Expression s = exprs.lower(goArgs.getLast());
                var elem = ctx.javaTypes.of(last.elem());
                if (JavaTypes.family(last.elem()) != null || !(elem instanceof com.github.javaparser.ast.type.ClassOrInterfaceType cls)) {
                    ctx.unsupported(call.pos(), "passing a slice to a variadic parameter of a standard function");
                    args.add(s);
                    return args;
                }
                args.add(new MethodCallExpr(JavaPrecedence.receiver(s), "varargs", NodeList.nodeList(
                        new com.github.javaparser.ast.expr.MethodReferenceExpr(new com.github.javaparser.ast.expr.TypeExpr(
                                new com.github.javaparser.ast.type.ArrayType(cls.clone().setTypeArguments((NodeList<com.github.javaparser.ast.type.Type>) null))),
                                null, "new"))));
                return args;
            }
            args.add(exprs.lower(goArgs.getLast()));
            return args;
        }
        List<Expr> rest = goArgs.subList(Math.min(fixed, goArgs.size()), goArgs.size());
        if (javaVarargs) {
            for (Expr a : rest) {
                Expression v = exprs.valueFor(a, last.elem());
                // fmt.Println(nil): a lone null would be Java's null varargs array, not one nil argument.
                args.add(rest.size() == 1 && v instanceof com.github.javaparser.ast.expr.NullLiteralExpr
                        ? new com.github.javaparser.ast.expr.CastExpr(JavaTypes.raw(ctx.javaTypes.of(last.elem())), v) : v);
            }
            return args;
        }
        args.add(sliceOf(last, rest));
        return args;
    }

    private NodeList<Expression> spreadArguments(Type.Signature sig, boolean javaVarargs) {
        NodeList<Expression> args = new NodeList<>();
        int n = sig.params().size();
        int fixed = sig.variadic() ? n - 1 : n;
        int count = spreading.tuple().size();
        for (int i = 0; i < Math.min(fixed, count); i++) {
            args.add(spreadComponent(i, sig.params().at(i)));
        }
        if (!sig.variadic()) {
            return args;
        }
        Type.Slice last = (Type.Slice) sig.params().at(n - 1);
        List<Expression> rest = new java.util.ArrayList<>();
        for (int i = fixed; i < count; i++) {
            rest.add(spreadComponent(i, last.elem()));
        }
        if (javaVarargs) {
            args.addAll(rest);
        } else {
            args.add(rest.isEmpty() ? ctx.javaTypes.zero(last) : ctx.javaTypes.sliceCall(last.elem(), "of", rest));
        }
        return args;
    }

    /** A new slice of type {@code t} holding {@code elems}: {@code LongSlice.of(1L, 2L)}. */
    Expression sliceOf(Type.Slice t, List<Expr> elems) {
        if (elems.isEmpty()) {
            return ctx.javaTypes.zero(t);
        }
        List<Expression> values = new java.util.ArrayList<>();
        for (Expr e : elems) {
            values.add(exprs.valueFor(e, t.elem()));
        }
        return ctx.javaTypes.sliceCall(t.elem(), "of", values);
    }

    // ---- Built-in functions -----------------------------------------------------------------

    private Expression builtin(Expr.Call call, String name) {
        List<Expr> args = call.args();
        return switch (name) {
            case "println", "print" -> {
                NodeList<Expression> parts = new NodeList<>();
                for (Expr a : args) {
                    parts.add(printed(a));
                }
                yield new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), name, parts);
            }
            case "len", "cap" -> lenCap(call, name);
            case "append" -> append(call);
            case "copy" -> {
                Type dst = argType(call, 0);
                String cls = sliceClass((Type.Slice) dst.underlying());
                yield new MethodCallExpr(new NameExpr(cls), "copy", NodeList.nodeList(argLowered(call, 0), argLowered(call, 1)));
            }
            case "delete" -> {
                Type.MapType m = (Type.MapType) argType(call, 0).underlying();
                yield new MethodCallExpr(JavaPrecedence.receiver(argLowered(call, 0)), "delete",
                        NodeList.nodeList(argValue(call, 1, m.key())));
            }
            case "make" -> make(call);
            case "new" -> newValue(call);
            case "panic" -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), "panic",
                    NodeList.nodeList(exprs.valueFor(args.getFirst(), Universe.ANY)));
            case "recover" -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Defer")), "recover");
            case "min", "max" -> minMax(call, name);
            case "clear" -> exprs.typeOf(args.getFirst()).underlying() instanceof Type.Slice s && JavaTypes.needsCopy(s.elem())
                    // Struct and array elements are zeroed in place: pointers to them stay valid.
                    ? new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(args.getFirst())), "clearValues",
                            NodeList.nodeList(new com.github.javaparser.ast.expr.LambdaExpr(new NodeList<>(), ctx.javaTypes.zero(s.elem()))))
                    : new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(args.getFirst())), "clear");
            case "close" -> new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(args.getFirst())), "close");
            case "complex" -> {
                Type t = exprs.typeOf(call);
                Type part = Types.basicKind(t) == dev.goloom.types.BasicKind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
                yield new com.github.javaparser.ast.expr.ObjectCreationExpr(null, (com.github.javaparser.ast.type.ClassOrInterfaceType)
                        ctx.javaTypes.of(t), NodeList.nodeList(argValue(call, 0, part), argValue(call, 1, part)));
            }
            case "real", "imag" -> new MethodCallExpr(JavaPrecedence.receiver(exprs.lower(args.getFirst())), name);
            default -> exprs.unsupported(call, "built-in " + name);
        };
    }

    private String sliceClass(Type.Slice s) {
        String fam = JavaTypes.family(s.elem());
        return ctx.use("dev.goloom.runtime." + (fam == null ? "" : fam) + "Slice");
    }

    private Expression lenCap(Expr.Call call, String name) {
        Expr a = call.args().getFirst();
        Type t = exprs.typeOf(a).underlying();
        Expression x = exprs.lower(a);
        return switch (t) {
            case Type.Basic b -> JavaPrecedence.cast(com.github.javaparser.ast.type.PrimitiveType.longType(),
                    new MethodCallExpr(JavaPrecedence.receiver(x), "length"));
            case Type.Slice s -> new MethodCallExpr(JavaPrecedence.receiver(x), name);
            case Type.MapType m -> new MethodCallExpr(JavaPrecedence.receiver(x), "len");
            case Type.Chan ch -> new MethodCallExpr(JavaPrecedence.receiver(x), name);
            case Type.Array arr -> arrayLen(x, arr);
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array arr -> arrayLen(x, arr);
            default -> exprs.unsupported(call, name + " of " + t);
        };
    }

    /** A length the checker did not fold (the operand has calls or receives): the operand still runs. */
    private Expression arrayLen(Expression x, Type.Array arr) {
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")), "len",
                NodeList.nodeList(x, new LongLiteralExpr(arr.len() + "L")));
    }

    private Expression append(Expr.Call call) {
        List<Expr> args = call.args();
        Type st = argType(call, 0);
        Type.Slice s = (Type.Slice) st.underlying();
        String cls = sliceClass(s);
        Expression base = argLowered(call, 0);
        if (call.ellipsis()) {
            Expr rest = args.get(1);
            if (Types.basicKind(exprs.typeOf(rest)).isString()) {
                return new MethodCallExpr(new NameExpr(cls), "appendString", NodeList.nodeList(base, exprs.lower(rest)));
            }
            return new MethodCallExpr(new NameExpr(cls), "appendSlice", NodeList.nodeList(base, exprs.lower(rest)));
        }
        StackAppends.Site site = spreads(call) ? null : ctx.stackAppends.get(call);
        if (site != null) {
            long stackBuffer = site.length();
            String flag = ctx.stackAppendFlags.get(call);
            // gc's stack buffer (StackAppends): the first growth of the empty slice takes all of it.
            Expression buffer = JavaTypes.family(s.elem()) != null
                    ? new MethodCallExpr(new NameExpr(cls), "make", NodeList.nodeList(new LongLiteralExpr("0L"), new LongLiteralExpr(stackBuffer + "L")))
                    : ctx.javaTypes.withElementType(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Slice")), "make",
                            NodeList.nodeList(new LongLiteralExpr("0L"), new LongLiteralExpr(stackBuffer + "L"), ctx.javaTypes.elemType(s.elem()))), s.elem());
            Expression empty = new com.github.javaparser.ast.expr.BinaryExpr(new MethodCallExpr(JavaPrecedence.receiver(base.clone()), "cap"),
                    new LongLiteralExpr("0L"), com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS);
            if (flag != null) {
                // !used && cap(s) == 0 && (used = true)
                empty = new com.github.javaparser.ast.expr.BinaryExpr(new com.github.javaparser.ast.expr.BinaryExpr(
                        StmtLowering.not(new NameExpr(flag)), empty, com.github.javaparser.ast.expr.BinaryExpr.Operator.AND),
                        new com.github.javaparser.ast.expr.EnclosedExpr(new com.github.javaparser.ast.expr.AssignExpr(new NameExpr(flag),
                                new com.github.javaparser.ast.expr.BooleanLiteralExpr(true), com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN)),
                        com.github.javaparser.ast.expr.BinaryExpr.Operator.AND);
            }
            base = new com.github.javaparser.ast.expr.EnclosedExpr(new com.github.javaparser.ast.expr.ConditionalExpr(empty, buffer, base));
        }
        NodeList<Expression> values = NodeList.nodeList(base);
        for (int i = 1; i < argCount(call); i++) {
            values.add(argValue(call, i, s.elem()));
        }
        return new MethodCallExpr(new NameExpr(cls), "append", values);
    }

    private Expression make(Expr.Call call) {
        List<Expr> args = call.args();
        Type t = ctx.info.typeAndValue(args.getFirst()).type();
        Expression len = args.size() > 1 ? exprs.indexLong(args.get(1), exprs.lower(args.get(1))) : new LongLiteralExpr("0L");
        Expression cap = args.size() > 2 ? exprs.indexLong(args.get(2), exprs.lower(args.get(2))) : len.clone();
        return switch (t.underlying()) {
            case Type.Slice s -> {
                String fam = JavaTypes.family(s.elem());
                if (fam != null) {
                    yield new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime." + fam + "Slice")), "make",
                            NodeList.nodeList(len, cap));
                }
                if (JavaTypes.needsCopy(s.elem())) {
                    // Every element is its own zero struct or array.
                    yield ctx.javaTypes.withElementType(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Slice")), "makeFilled",
                            NodeList.nodeList(len, cap, ctx.javaTypes.elemType(s.elem()),
                                    new com.github.javaparser.ast.expr.LambdaExpr(new NodeList<>(), ctx.javaTypes.zero(s.elem())))), s.elem());
                }
                yield ctx.javaTypes.withElementType(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Slice")), "make",
                        NodeList.nodeList(len, cap, ctx.javaTypes.elemType(s.elem()))), s.elem());
            }
            case Type.MapType m -> {
                Expression made = new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoMap")), "make",
                        args.size() > 1 ? NodeList.nodeList(len) : new NodeList<>())
                        .setTypeArguments(ctx.javaTypes.boxed(m.key()), ctx.javaTypes.boxed(m.value()));
                // Struct objects are keys by value only when the key type says so (else they are pointers).
                yield CompositeLowering.structValuedKey(m.key()) ? new MethodCallExpr(made, "structKeys") : made;
            }
            case Type.Chan ch -> exprs.channels.make(t, len);
            default -> exprs.unsupported(call, "make(" + t + ")");
        };
    }

    private Expression newValue(Expr.Call call) {
        Expr a = call.args().getFirst();
        TypeAndValue tv = ctx.info.typeAndValue(a);
        Type t = tv.mode() == TypeAndValue.Mode.TYPE ? tv.type() : tv.type();
        Expression init = tv.mode() == TypeAndValue.Mode.TYPE ? ctx.javaTypes.zero(t) : exprs.valueFor(a, t);
        if (t.underlying() instanceof Type.Array arr && ctx.isArrayView(exprs.typeOf(call))) {
            return exprs.arrayView(init, arr);
        }
        if (t.underlying() instanceof Type.Struct || t.underlying() instanceof Type.Array) {
            return init; // a pointer to a struct or array is its object
        }
        String fam = JavaTypes.family(t);
        if (fam != null) {
            return new ObjectCreationExpr(null, new com.github.javaparser.ast.type.ClassOrInterfaceType(null,
                    ctx.use("dev.goloom.runtime." + fam + "Cell")), NodeList.nodeList(init));
        }
        return new ObjectCreationExpr(null, new com.github.javaparser.ast.type.ClassOrInterfaceType(null,
                ctx.use("dev.goloom.runtime.Cell")).setTypeArguments(ctx.javaTypes.boxed(t)), NodeList.nodeList(init));
    }

    /** min/max: Math.min/max for integers and strings; floats need Go's NaN and ±0 rules (Math's are the same). */
    private Expression minMax(Expr.Call call, String name) {
        Type t = exprs.typeOf(call);
        BasicKind k = Types.basicKind(t);
        Expression acc = argValue(call, 0, t);
        for (int i = 1; i < argCount(call); i++) {
            Expression x = argValue(call, i, t);
            if (k.isString()) {
                acc = new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), name + "String", NodeList.nodeList(acc, x));
            } else if (k.isUnsigned()) {
                acc = new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), name + "Unsigned",
                        NodeList.nodeList(Arithmetic.widenUnsigned(acc, k), Arithmetic.widenUnsigned(x, k)));
                acc = JavaPrecedence.cast((com.github.javaparser.ast.type.Type) ctx.javaTypes.of(t), acc);
            } else {
                acc = new MethodCallExpr(new NameExpr("java.lang.Math"), name, NodeList.nodeList(acc, x)); // go.math.Math may be imported
                if (k.bits() < 32) {
                    acc = JavaPrecedence.cast((com.github.javaparser.ast.type.Type) ctx.javaTypes.of(t), acc);
                }
            }
        }
        return acc;
    }

    private Expression builtin(String helper, Expression x) {
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), helper, NodeList.nodeList(x));
    }

    /** How print/println show a value: Go's runtime print formats, not fmt's. */
    private Expression printed(Expr a) {
        return printed(exprs.lower(a), exprs.typeOf(a), a);
    }

    /** Java value {@code x} of Go type {@code t} as print/println shows it; {@code a} is where it comes from. */
    Expression printed(Expression x, Type t, Expr a) {
        BasicKind k = Types.basicKind(t);
        return switch (k) {
            case STRING -> x;
            case BOOL -> new MethodCallExpr(new NameExpr("Boolean"), "toString", NodeList.nodeList(x));
            case INT, INT64, INT32, INT16, INT8, UINT, UINT64, UINTPTR, UINT32, UINT16, UINT8 -> Arithmetic.printedInteger(x, k);
            case FLOAT64 -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), "float64", NodeList.nodeList(x));
            case FLOAT32 -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), "float32", NodeList.nodeList(x));
            case COMPLEX128, COMPLEX64 -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")),
                    k == BasicKind.COMPLEX64 ? "complex64" : "complex128", NodeList.nodeList(x));
            // Addresses are invented by the runtime (Go's differ from run to run as well).
            case UNSAFE_POINTER -> builtin("pointer", x);
            default -> switch (t.underlying()) {
                case Type.Pointer p -> builtin("pointer", x);
                case Type.MapType m -> builtin("pointer", x);
                case Type.Signature s -> builtin("pointer", x);
                case Type.Chan c -> builtin("pointer", x);
                case Type.Slice s -> builtin("slice", x);
                case Type.Interface i -> builtin("iface", x);
                default -> exprs.unsupported(a, "printing " + t + " with print/println");
            };
        };
    }
}
