// Lowers Go expressions to Java expressions, with Go's semantics for each operator and operand kind.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Func;
import dev.goloom.types.Lookup;
import dev.goloom.types.Obj;
import dev.goloom.types.PkgName;
import dev.goloom.types.Selection;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;
import dev.goloom.types.Var;

/**
 * One Go expression to one Java expression. Constant expressions are literals (folded by the
 * checker). {@link #lower} gives an expression's value in its own Java type; {@link #valueFor}
 * gives it as stored into a variable of another type (copying struct and array values,
 * converting to interface values). Integer arithmetic on int, int64 and int32 is Java's own,
 * which wraps exactly as Go's does; integer division by zero raises ArithmeticException,
 * which the runtime maps to Go's "integer divide by zero" panic.
 */
final class ExprLowering {
    final LoweringContext ctx;
    final Arithmetic arithmetic;
    CallLowering calls;
    CompositeLowering composites;
    /** Channel receives (set by the statement lowering that owns the channel code). */
    ChannelLowering channels;
    /** Lowers function literals (set by the function lowering that owns this instance). */
    FunctionLowering functions;
    /** Set by StmtLowering: x.(T). */
    TypeAssertions typeAssertions;
    /** Method values of non-struct types and method expressions. */
    final MethodFuncs methodFuncs;
    /** Struct values between struct types of different classes. */
    final StructConversions structConversions;

    ExprLowering(LoweringContext ctx) {
        this.ctx = ctx;
        this.arithmetic = new Arithmetic(ctx);
        this.calls = new CallLowering(this);
        this.composites = new CompositeLowering(this);
        this.methodFuncs = new MethodFuncs(this);
        this.structConversions = new StructConversions(this);
    }

    /** A placeholder for an expression already reported as unsupported. */
    Expression unsupported(Expr e, String what) {
        ctx.unsupported(e.pos(), what);
        return new NullLiteralExpr();
    }

    Type typeOf(Expr e) {
        return ctx.info.typeOf(e);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    Expression lower(Expr e) {
        Expression substitute = substitutions.get(e);
        if (substitute != null) {
            usedSubstitutes.add(e);
            return substitute.clone();
        }
        TypeAndValue tv = ctx.info.typeAndValue(e);
        if (tv != null && tv.isConstant() && tv.value() != null) {
            if (Types.basicKind(Types.defaultType(tv.type())).isComplex()) {
                ctx.use("dev.goloom.runtime." + (Types.basicKind(tv.type()) == dev.goloom.types.BasicKind.COMPLEX64
                        ? "Complex64" : "Complex128"));
            }
            return ConstantLiterals.of(tv.value(), tv.type());
        }
        return switch (e) {
            case Expr.Ident id -> ident(id);
            case Expr.Paren p -> {
                Expression inner = lower(p.x());
                yield inner instanceof NameExpr || inner instanceof MethodCallExpr || inner instanceof FieldAccessExpr
                        ? inner : new EnclosedExpr(inner);
            }
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> unary(u);
            case Expr.Call call -> calls.call(call);
            case Expr.Selector sel -> selector(sel);
            case Expr.Index ix -> index(ix);
            case Expr.Slice sl -> slice(sl);
            case Expr.Star s -> deref(s);
            case Expr.CompositeLit lit -> composites.literal(lit, typeOf(lit));
            case Expr.FuncLit lit -> functions.closure(lit);
            case Expr.TypeAssert ta -> typeAssertions.assertion(ta);
            default -> unsupported(e, "expression " + GoPrinter.expr(e));
        };
    }

    // ---- Values stored into variables --------------------------------------------------------

    /** Whether {@code e} denotes existing storage (so a struct or array value read from it must be copied to be kept). */
    boolean isVariable(Expr e) {
        e = unparen(e);
        return switch (e) {
            case Expr.Ident id -> ctx.info.objectOf(id) instanceof Var;
            case Expr.Selector s -> ctx.info.selections.get(s) != null;
            case Expr.Index ix -> true;
            // *p of a view of numbers is a fresh copy already (load); structs in it are still shared.
            case Expr.Star s -> !(ctx.isArrayView(typeOf(s.x())) && JavaTypes.family(ArrayViews.array(typeOf(s.x())).elem()) != null);
            case Expr.TypeAssert t -> true;
            default -> false;
        };
    }

    /** A struct or array value copied (Go's assignment copies values). */
    Expression copyOf(Expression x, Type t) {
        if (t.underlying() instanceof Type.Struct) {
            return new MethodCallExpr(JavaPrecedence.receiver(x), "copy");
        }
        if (t.underlying() instanceof Type.Array a) {
            if (JavaTypes.needsCopy(a.elem())) {
                return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")), "deepCopy", NodeList.nodeList(x));
            }
            return new MethodCallExpr(JavaPrecedence.receiver(x), "clone");
        }
        return x;
    }

    /**
     * {@code e} as the value of a variable of type {@code target}: struct and array values
     * read from storage are copied, values of concrete type become interface values, and nil
     * takes target's representation.
     */
    Expression valueFor(Expr e, Type target) {
        return convertTo(e, target, true);
    }

    /** Like {@link #valueFor} for arguments: the callee copies struct parameters it changes. */
    Expression argFor(Expr e, Type target) {
        return convertTo(e, target, false);
    }

    private Expression convertTo(Expr e, Type target, boolean copy) {
        Type from = typeOf(e);
        if (from == null || target == null) {
            return lower(e);
        }
        if (from == dev.goloom.types.Universe.UNTYPED_NIL || isNil(e)) {
            return nilOf(target);
        }
        Expression x = lower(e);
        boolean toInterface = Types.isInterface(target) && !Types.isInterface(from);
        if (JavaTypes.needsCopy(from) && (copy || toInterface) && isVariable(e)) {
            x = copyOf(x, from);
        }
        if (toInterface && unnamedStruct(from) && !ctx.javaTypes.of(target).asString().equals("Object")
                && !anonymousImplements(from, target)) {
            // struct{ S } has S's methods, but only named types get classes that implement (Java) interfaces.
            return unsupported(e, "a value of unnamed type " + from + " (promoted methods) as interface " + target);
        }
        if (toInterface) {
            return ctx.boxing.toInterface(x, from, target);
        }
        if (Types.isInterface(target) && Types.isInterface(from)) {
            // Between interfaces: the dynamic class implements both Java interfaces (InterfaceLowering).
            var to = ctx.javaTypes.of(target);
            if (!to.equals(ctx.javaTypes.of(from)) && !to.asString().equals("Object")) {
                if (shimInterface(from) && target instanceof Type.Named tn && tn.obj().pkg() != null && !tn.obj().pkg().isShim()) {
                    // A shim value (reflect.Type) as a program interface: the shim's class cannot implement it.
                    return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.InterfaceAdapters")), "adapt",
                            NodeList.nodeList(x, new com.github.javaparser.ast.expr.ClassExpr(JavaTypes.raw(to))));
                }
                return JavaPrecedence.cast(to, x);
            }
            return x;
        }
        if (structConversions.needed(from, target)) {
            return structConversions.convert(x, from, target);
        }
        if (x instanceof com.github.javaparser.ast.expr.LambdaExpr || x instanceof MethodReferenceExpr) {
            // A func value stored where Java cannot infer its functional type (varargs, generics).
            return JavaPrecedence.cast(ctx.javaTypes.of(target), x);
        }
        return x;
    }

    /** Whether the Boxed class of unnamed struct type (or pointer) {@code t} implements interface {@code target}'s Java interface. */
    private boolean anonymousImplements(Type t, Type target) {
        java.util.List<Type> ifaces = t instanceof Type.Pointer p
                ? InterfaceLowering.anonymousPointerInterfaces(ctx, (Type.Struct) p.elem().underlying())
                : InterfaceLowering.anonymousValueInterfaces(ctx, (Type.Struct) t.underlying());
        String javaTarget = ctx.interfaceClassName(target);
        return ifaces.stream().anyMatch(i -> ctx.interfaceClassName(i).equals(javaTarget));
    }

    /** Whether {@code t} is an unnamed struct type or a pointer to one. */
    private static boolean unnamedStruct(Type t) {
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        return !(base instanceof Type.Named) && base.underlying() instanceof Type.Struct;
    }

    /** Whether {@code t} is an interface type declared by a shim package (reflect.Type), whose values are shim classes. */
    private static boolean shimInterface(Type t) {
        return t instanceof Type.Named n && n.obj().pkg() != null && n.obj().pkg().isShim();
    }

    boolean isNil(Expr e) {
        return unparen(e) instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof dev.goloom.types.Nil;
    }

    /** Go's nil for a variable of type {@code t}. */
    Expression nilOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.MapType || u instanceof Type.Chan) {
            return ctx.javaTypes.zero(t);
        }
        return new NullLiteralExpr();
    }

    // ---- Names --------------------------------------------------------------------------------

    private Expression ident(Expr.Ident id) {
        Obj o = ctx.info.objectOf(id);
        if (o instanceof dev.goloom.types.Nil) {
            Type t = typeOf(id);
            return t == null || t == dev.goloom.types.Universe.UNTYPED_NIL ? new NullLiteralExpr() : nilOf(t);
        }
        if (o instanceof Var v) {
            return variable(v);
        }
        if (o instanceof Func f) {
            GenericCallee g = genericFunction(id);
            return g != null ? g.reference() : functionValue(f, null);
        }
        return unsupported(id, "use of " + id.name() + " as a value");
    }

    /**
     * An instance of a translated generic function (docs/design.md, "Generics"): the class
     * that holds it ({@code null} for the class being generated) and its method name.
     */
    record GenericCallee(String owner, String name, String ownerClass) {
        /** {@code Main::Map$int$string}: the instance as a func value. */
        Expression reference() {
            return new MethodReferenceExpr(new TypeExpr(new ClassOrInterfaceType(null, ownerClass)), null, name);
        }
    }

    /** For {@code F}, {@code F[int]}, {@code pkg.F} or {@code pkg.F[int]} naming an instance of a translated generic function: its callee; else null. */
    GenericCallee genericFunction(Expr fun) {
        Expr e = unparen(fun);
        if (e instanceof Expr.Index ix) {
            e = unparen(ix.x());
        }
        Expr.Ident id = e instanceof Expr.Ident i ? i
                : e instanceof Expr.Selector sel && unparen(sel.x()) instanceof Expr.Ident pkgId
                        && ctx.info.objectOf(pkgId) instanceof PkgName ? sel.sel() : null;
        if (id == null || !(ctx.info.objectOf(id) instanceof Func f) || f.receiver() != null || f.pkg() == null
                || f.pkg().isShim() || f.type().typeParams().isEmpty()) {
            return null;
        }
        dev.goloom.types.Info.Instance inst = ctx.info.instances.get(id);
        if (inst == null) {
            return null;
        }
        String owner = ctx.use(ctx.classOf.apply(f.pkg()));
        String name = ctx.generics.functionName(f, inst.typeArgs());
        return new GenericCallee(f.pkg() == ctx.checked.pkg() && ctx.inPackageClass ? null : owner, name, owner);
    }

    /** A variable's current value: a local, a cell's value, the receiver, or a package variable. */
    Expression variable(Var v) {
        String local = ctx.locals.nameOf(v);
        if (local != null) {
            if (local.equals("this")) {
                return new com.github.javaparser.ast.expr.ThisExpr();
            }
            NameExpr name = new NameExpr(local);
            return ctx.storage.needsCell(v) ? new FieldAccessExpr(name, "value") : name;
        }
        if (v.pkg() != null && v.pkg() != ctx.checked.pkg()) {
            return new FieldAccessExpr(new NameExpr(ctx.use(ctx.classOf.apply(v.pkg()))), JavaNames.identifier(v.name()));
        }
        String field = JavaNames.identifier(v.name());
        // A package variable that a local of this function shares its name with: qualify it.
        return ctx.localGoNames.contains(v.name()) || !ctx.inPackageClass
                ? new FieldAccessExpr(new NameExpr(ctx.use(ctx.classOf.apply(ctx.checked.pkg()))), field)
                : new NameExpr(field);
    }

    /** The cell object of a local that lives in one ({@code &x}). */
    Expression cellOf(Var v) {
        String local = ctx.locals.nameOf(v);
        return local == null ? null : new NameExpr(local);
    }

    /** A function used as a value: a method reference ({@code Main::twice}). */
    Expression functionValue(Func f, PkgName via) {
        String owner = f.pkg() == null || f.pkg() == ctx.checked.pkg() && via == null
                ? ctx.use(ctx.classOf.apply(ctx.checked.pkg())) : ctx.use(ctx.classOf.apply(f.pkg()));
        return new MethodReferenceExpr(new TypeExpr(new ClassOrInterfaceType(null, owner)), null,
                f.pkg() != null && f.pkg().isShim() ? JavaNames.shimMember(f.name()) : JavaNames.identifier(f.name()));
    }

    // ---- Selectors ----------------------------------------------------------------------------

    private Expression selector(Expr.Selector sel) {
        if (unparen(sel.x()) instanceof Expr.Ident pkgId && ctx.info.objectOf(pkgId) instanceof PkgName pn) {
            Obj o = ctx.info.objectOf(sel.sel());
            String cls = ctx.use(ctx.classOf.apply(pn.imported()));
            return switch (o) {
                case Var v -> new FieldAccessExpr(new NameExpr(cls), pn.imported().isShim()
                        ? JavaNames.shimMember(v.name()) : JavaNames.identifier(v.name()));
                case Func f -> genericFunction(sel) instanceof GenericCallee g ? g.reference() : functionValue(f, pn);
                default -> unsupported(sel, "use of " + GoPrinter.expr(sel));
            };
        }
        Selection s = ctx.info.selections.get(sel);
        if (s == null) {
            return unsupported(sel, "selector " + GoPrinter.expr(sel));
        }
        return switch (s.kind()) {
            case FIELD -> {
                Expression x = embeddedPath(lower(sel.x()), s.recv(), s.path().subList(0, s.path().size() - 1));
                yield new FieldAccessExpr(JavaPrecedence.receiver(x), JavaNames.member(s.obj().name()));
            }
            case METHOD_VALUE -> methodValue(sel, s);
            case METHOD_EXPR -> methodFuncs.methodExpression(sel, s);
        };
    }

    /** Follows embedded fields {@code path} from {@code x} (of type {@code t}): {@code x.Base.Inner}. */
    Expression embeddedPath(Expression x, Type t, java.util.List<Integer> path) {
        // A defined pointer type (type P *T) selects through its base like *T.
        Type cur = t.underlying() instanceof Type.Pointer p ? p.elem() : t;
        for (int i : path) {
            Type.Struct st = (Type.Struct) cur.underlying();
            Var f = st.fields().get(i);
            x = new FieldAccessExpr(JavaPrecedence.receiver(x), JavaNames.member(f.name()));
            cur = f.type().underlying() instanceof Type.Pointer p ? p.elem() : f.type();
        }
        return x;
    }

    /**
     * {@code recv} (of interface type {@code t}) typed so that Java can call the interface's
     * methods: a named interface already is; a value of an unnamed one is cast to a program
     * interface with {@code method} whose methods t has all of (every dynamic type satisfying
     * t then implements it), or null when there is none.
     */
    Expression interfaceReceiver(Expression recv, Type t, String method) {
        if (!ctx.javaTypes.of(t).asString().equals("Object")) {
            return recv;
        }
        if (ctx.interfaces.hasJavaInterface(t)) {
            return new com.github.javaparser.ast.expr.EnclosedExpr(new com.github.javaparser.ast.expr.CastExpr(
                    new com.github.javaparser.ast.type.ClassOrInterfaceType(null, ctx.use(ctx.interfaceClassName(t))), recv));
        }
        for (Type candidate : ctx.interfaces.all()) {
            Type.Interface ci = (Type.Interface) candidate.underlying();
            if (ci.methods().stream().anyMatch(x -> x.name().equals(method))
                    && dev.goloom.types.Lookup.missingMethod(t, ci) == null) {
                return new com.github.javaparser.ast.expr.EnclosedExpr(new com.github.javaparser.ast.expr.CastExpr(
                        new com.github.javaparser.ast.type.ClassOrInterfaceType(null, ctx.use(ctx.interfaceClassName(candidate))), recv));
            }
        }
        return null;
    }

    /** The type reached from {@code t} through the embedded fields of {@code path}. */
    Type embeddedType(Type t, java.util.List<Integer> path) {
        Type cur = t;
        for (int i : path) {
            Type base = cur.underlying() instanceof Type.Pointer p ? p.elem() : cur;
            cur = ((Type.Struct) base.underlying()).fields().get(i).type();
        }
        return cur;
    }

    /**
     * The receiver of method {@code m} of a non-struct type, promoted to {@code x} (of type
     * {@code t}) through the embedded fields {@code path}: the embedded value for a value method
     * ({@code *p} when the field is a pointer), its pointer for a pointer method ({@code &x.T}
     * when the field holds the value).
     */
    Expression promotedReceiver(Expression x, Type t, java.util.List<Integer> path, Func m) {
        java.util.List<Integer> toOwner = path.subList(0, path.size() - 1);
        Expression owner = embeddedPath(x, t, toOwner);
        Type ownerType = embeddedType(t, toOwner);
        Type.Struct st = (Type.Struct) (ownerType.underlying() instanceof Type.Pointer p ? p.elem() : ownerType).underlying();
        Var field = st.fields().get(path.getLast());
        boolean fieldIsPointer = field.type() instanceof Type.Pointer;
        if (dev.goloom.types.Lookup.pointerReceiver(m) && !fieldIsPointer) {
            String fam = JavaTypes.family(field.type());
            return fieldPointer(ctx.use("dev.goloom.runtime." + (fam == null ? "" : fam) + "Ptr"), owner,
                    JavaNames.member(field.name()), field.type());
        }
        Expression value = new FieldAccessExpr(JavaPrecedence.receiver(owner), JavaNames.member(field.name()));
        return fieldIsPointer ? methodFuncs.receiverFor(value, field.type(), m) : value;
    }

    /** {@code x.M} as a func value: the receiver is evaluated (and a value receiver copied) now. */
    private Expression methodValue(Expr.Selector sel, Selection s) {
        Func m = (Func) s.obj();
        Expression recv = embeddedPath(lower(sel.x()), s.recv(), s.path());
        Type recvType = m.receiver() == null ? null : m.receiver().type();
        if (recvType == null) {
            // A method of an interface: bound to the interface value now (nil panics now, as in Go).
            Expression target = interfaceReceiver(recv, embeddedType(s.recv(), s.path()), m.name());
            if (target == null) {
                return unsupported(sel, "method value " + GoPrinter.expr(sel));
            }
            return new MethodReferenceExpr(JavaPrecedence.receiver(target), null, JavaNames.member(m.name()));
        }
        if (!(baseOf(recvType).underlying() instanceof Type.Struct)) {
            return methodFuncs.methodValue(sel, s);
        }
        if (!(recvType instanceof Type.Pointer)) {
            recv = new MethodCallExpr(JavaPrecedence.receiver(recv), "copy");
        }
        return new MethodReferenceExpr(JavaPrecedence.receiver(recv), null, JavaNames.member(m.name()));
    }

    static Type baseOf(Type t) {
        return t instanceof Type.Pointer p ? p.elem() : t;
    }

    // ---- Index and slice expressions --------------------------------------------------------

    /** An index as a Java int for arrays (constant indexes were checked by the checker). */
    /**
     * An index into a Java array of {@code length} elements (a Go array, or what a pointer to one
     * points to). A 64-bit index is narrowed by {@code Bounds.arrayIndex}, which panics as Go
     * does when it is out of int's range: a plain (int) cast would wrap it, even into the array.
     */
    private Expression intIndex(Expr i, long length) {
        Expression x = lower(i);
        if (x instanceof com.github.javaparser.ast.expr.LongLiteralExpr l) {
            return new IntegerLiteralExpr(l.getValue().replace("L", ""));
        }
        BasicKind k = Types.basicKind(typeOf(i));
        if (k.bits() <= 16 || k.bits() == 32 && !k.isUnsigned()) {
            return x;
        }
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Bounds")),
                k.isUnsigned() && k.bits() == 64 ? "arrayIndexUnsigned" : "arrayIndex",
                NodeList.nodeList(indexLong(i, x), new IntegerLiteralExpr(String.valueOf(length))));
    }

    /** An index as a Go int (long), widening unsigned and narrow values. */
    Expression indexLong(Expr i, Expression x) {
        BasicKind k = Types.basicKind(typeOf(i));
        if (k.isUnsigned()) {
            return Arithmetic.widenUnsigned(x, k);
        }
        return x;
    }

    private Expression longIndex(Expr i) {
        return indexLong(i, lower(i));
    }

    private Expression index(Expr.Index ix) {
        GenericCallee g = genericFunction(ix);
        if (g != null) {
            return g.reference();
        }
        Type t = typeOf(ix.x());
        Expr i = ix.indices().getFirst();
        Expr view = viewOf(ix.x());
        if (view != null) {
            return new MethodCallExpr(JavaPrecedence.receiver(lower(view)), "get", NodeList.nodeList(longIndex(i)));
        }
        return switch (t.underlying()) {
            case Type.Basic b -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoStrings")), "at",
                    NodeList.nodeList(lower(ix.x()), longIndex(i)));
            case Type.Array a -> new com.github.javaparser.ast.expr.ArrayAccessExpr(JavaPrecedence.receiver(lower(ix.x())), intIndex(i, a.len()));
            case Type.Pointer p -> new com.github.javaparser.ast.expr.ArrayAccessExpr(JavaPrecedence.receiver(lower(ix.x())),
                    intIndex(i, ((Type.Array) p.elem().underlying()).len()));
            case Type.Slice s when ctx.javaTypes.rawAsElement(s.elem()) ->
                    // type T []T: the element is the raw class; cast it back so that t[0][1] types.
                    new CastExpr(ctx.javaTypes.of(s.elem()), new MethodCallExpr(JavaPrecedence.receiver(lower(ix.x())), "get",
                            NodeList.nodeList(longIndex(i))));
            case Type.Slice s -> new MethodCallExpr(JavaPrecedence.receiver(lower(ix.x())), "get", NodeList.nodeList(longIndex(i)));
            case Type.MapType m -> mapGet(ix, m);
            default -> unsupported(ix, "index expression " + GoPrinter.expr(ix));
        };
    }

    /** {@code m[k]}: the element or the zero value; boxed values are unboxed by a cast. */
    private Expression mapGet(Expr.Index ix, Type.MapType m) {
        Expr k = ix.indices().getFirst();
        Expression zero = ctx.javaTypes.zero(m.value());
        Expression get = new MethodCallExpr(JavaPrecedence.receiver(lower(ix.x())), "get",
                NodeList.nodeList(valueFor(k, m.key()), zero));
        return unboxed(get, m.value());
    }

    /** A boxed value (from a generic container or a func value) as its primitive, when Go's type is one. */
    Expression unboxed(Expression boxed, Type t) {
        var jt = ctx.javaTypes.of(t);
        if (jt instanceof PrimitiveType p) {
            return new CastExpr(p, boxed);
        }
        return boxed;
    }

    private Expression slice(Expr.Slice sl) {
        Type t = typeOf(sl.x());
        Expression lo = sl.lo() == null ? new com.github.javaparser.ast.expr.LongLiteralExpr("0L") : longIndex(sl.lo());
        Type u = t.underlying();
        if (u instanceof Type.Basic) {
            Expression x = lower(sl.x());
            Expression hi = sl.hi() == null ? new MethodCallExpr(JavaPrecedence.receiver(x), "length") : longIndex(sl.hi());
            return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoStrings")), "slice", NodeList.nodeList(x, lo, hi));
        }
        if (u instanceof Type.Slice s) {
            Expression x = lower(sl.x());
            if (sl.hi() == null && sl.max() == null) {
                return new MethodCallExpr(JavaPrecedence.receiver(x), "slice", NodeList.nodeList(lo,
                        new MethodCallExpr(JavaPrecedence.receiver(lower(sl.x())), "len")));
            }
            if (sl.slice3()) {
                return new MethodCallExpr(JavaPrecedence.receiver(x), "slice3", NodeList.nodeList(lo, longIndex(sl.hi()), longIndex(sl.max())));
            }
            return new MethodCallExpr(JavaPrecedence.receiver(x), "slice", NodeList.nodeList(lo, longIndex(sl.hi())));
        }
        Expr view = viewOf(sl.x());
        if (view != null) {
            // p[lo:hi] of a view: checked against the array's length (its messages say "length").
            Type.Array a = ArrayViews.array(typeOf(view));
            Expression hi = sl.hi() == null ? new com.github.javaparser.ast.expr.LongLiteralExpr(a.len() + "L") : longIndex(sl.hi());
            Expression x = JavaPrecedence.receiver(lower(view));
            return sl.slice3() ? new MethodCallExpr(x, "sliceArray3", NodeList.nodeList(lo, hi, longIndex(sl.max())))
                    : new MethodCallExpr(x, "sliceArray", NodeList.nodeList(lo, hi));
        }
        Type.Array a = u instanceof Type.Array arr ? arr : (Type.Array) ((Type.Pointer) u).elem().underlying();
        Expression x = lower(sl.x());
        java.util.List<Expression> args = new java.util.ArrayList<>();
        args.add(x);
        args.add(lo);
        args.add(sl.hi() == null ? new com.github.javaparser.ast.expr.LongLiteralExpr(a.len() + "L") : longIndex(sl.hi()));
        if (sl.slice3()) {
            args.add(longIndex(sl.max()));
        }
        return ctx.javaTypes.sliceCall(a.elem(), "fromArray", args);
    }

    // ---- Pointers -----------------------------------------------------------------------------

    /** {@code *p}: a struct pointer is the struct object itself; other pointers are read with get(). */
    private Expression deref(Expr.Star s) {
        Type t = typeOf(s.x());
        Expression p = lower(s.x());
        Type elem = ((Type.Pointer) t.underlying()).elem().underlying();
        if (ctx.isArrayView(t)) {
            // *p of a view: a copy of the elements it sees (a nil p panics in load).
            Type.Array a = (Type.Array) elem;
            NodeList<Expression> target = JavaTypes.family(a.elem()) == null ? NodeList.nodeList(ctx.javaTypes.zero(a)) : new NodeList<>();
            return new MethodCallExpr(JavaPrecedence.receiver(p), "load", target);
        }
        if (elem instanceof Type.Struct || elem instanceof Type.Array) {
            // A nil struct pointer must still panic when dereferenced.
            return new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull", NodeList.nodeList(p));
        }
        return new MethodCallExpr(JavaPrecedence.receiver(p), "get");
    }

    /**
     * The pointer-to-array view that indexing or slicing {@code x} goes through: {@code x} itself,
     * or {@code p} for {@code x = *p} (so {@code (*p)[i] = v} writes through p, not into a copy);
     * null when there is none (see ArrayViews).
     */
    Expr viewOf(Expr x) {
        x = unparen(x);
        if (ctx.isArrayView(typeOf(x))) {
            return x;
        }
        if (x instanceof Expr.Star s && ctx.isArrayView(typeOf(s.x()))) {
            return s.x();
        }
        return null;
    }

    /** A view of the whole Java array {@code array} (Go's {@code &a} when pointers to {@code a}'s type are views). */
    Expression arrayView(Expression array, Type.Array a) {
        var n = new com.github.javaparser.ast.expr.LongLiteralExpr(a.len() + "L");
        return ctx.javaTypes.sliceCall(a.elem(), "fromArray", java.util.List.of(array,
                new com.github.javaparser.ast.expr.LongLiteralExpr("0L"), n, n.clone()));
    }

    /** A new variable of non-struct, non-array type {@code t} holding {@code init}: a cell, which is its pointer. */
    Expression newCell(Type t, Expression init) {
        String fam = JavaTypes.family(t);
        if (fam != null) {
            return new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new com.github.javaparser.ast.type.ClassOrInterfaceType(null,
                    ctx.use("dev.goloom.runtime." + fam + "Cell")), NodeList.nodeList(init));
        }
        return new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new com.github.javaparser.ast.type.ClassOrInterfaceType(null,
                ctx.use("dev.goloom.runtime.Cell")).setTypeArguments(ctx.javaTypes.boxed(t)), NodeList.nodeList(init));
    }

    /** {@code &x}: the struct object, a local's cell, or an element or field pointer. */
    private Expression addressOf(Expr.Unary u) {
        Expr x = unparen(u.x());
        Type t = typeOf(x);
        // Lowerings also take &x of expressions they made themselves (c.Inc() passes &c): no recorded type.
        boolean view = ctx.isArrayView(typeOf(u) != null ? typeOf(u) : new Type.Pointer(t));
        if (x instanceof Expr.CompositeLit lit) {
            Expression value = composites.literal(lit, t);
            if (view) {
                return arrayView(value, (Type.Array) t.underlying());
            }
            // &[]int{…}, &map[K]V{…}: a new variable holding the value, like new(T).
            return t.underlying() instanceof Type.Struct || t.underlying() instanceof Type.Array ? value : newCell(t, value);
        }
        if (x instanceof Expr.Star star) {
            // &*p is p, after the nil check that evaluating *p implies.
            return new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull", NodeList.nodeList(lower(star.x())));
        }
        if (t.underlying() instanceof Type.Array a && view) {
            return arrayView(lower(x), a);
        }
        if (t.underlying() instanceof Type.Struct || t.underlying() instanceof Type.Array) {
            return lower(x);
        }
        String fam = JavaTypes.family(t);
        if (x instanceof Expr.Index ix && viewOf(ix.x()) != null) {
            // &p[i] through a view: the element pointer of the slice it is (equal to &s[j] of the same element).
            return new MethodCallExpr(JavaPrecedence.receiver(lower(viewOf(ix.x()))), "ptr",
                    NodeList.nodeList(longIndex(ix.indices().getFirst())));
        }
        String ptr = ctx.use("dev.goloom.runtime." + (fam == null ? "" : fam) + "Ptr");
        switch (x) {
            case Expr.Ident id when ctx.info.objectOf(id) instanceof Var v && ctx.locals.nameOf(v) != null && ctx.storage.needsCell(v) -> {
                return cellOf(v);
            }
            case Expr.Ident id when ctx.info.objectOf(id) instanceof Var v && isPackageVar(v) -> {
                return packageVarPointer(ptr, v);
            }
            case Expr.Index ix when typeOf(ix.x()).underlying() instanceof Type.Slice -> {
                return new MethodCallExpr(JavaPrecedence.receiver(lower(ix.x())), "ptr", NodeList.nodeList(longIndex(ix.indices().getFirst())));
            }
            case Expr.Index ix when typeOf(ix.x()).underlying() instanceof Type.Pointer ap
                    && ap.elem().underlying() instanceof Type.Array -> {
                // &p[i] with p a pointer to an array (the Java array): nil panics as *p would.
                Expression array = new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull",
                        NodeList.nodeList(lower(ix.x())));
                return new MethodCallExpr(new NameExpr(ptr), "toElement", NodeList.nodeList(array, longIndex(ix.indices().getFirst())));
            }
            case Expr.Index ix when typeOf(ix.x()).underlying() instanceof Type.Array -> {
                return new MethodCallExpr(new NameExpr(ptr), "toElement", NodeList.nodeList(lower(ix.x()), longIndex(ix.indices().getFirst())));
            }
            case Expr.Selector sel when ctx.info.selections.get(sel) != null
                    && ctx.info.selections.get(sel).kind() == Selection.Kind.FIELD -> {
                Selection s = ctx.info.selections.get(sel);
                Expression owner = embeddedPath(lower(sel.x()), s.recv(), s.path().subList(0, s.path().size() - 1));
                return fieldPointer(ptr, owner, JavaNames.member(s.obj().name()), t);
            }
            default -> {
                return unsupported(u, "taking the address of " + GoPrinter.expr(u.x()));
            }
        }
    }

    /** Whether {@code v} is a variable declared at package level (a static field of its package class). */
    private boolean isPackageVar(Var v) {
        return v.pkg() != null && v.pkg().scope().lookupLocal(v.name()) == v;
    }

    /**
     * {@code &g} for a package variable of a non-struct type: a field pointer whose owner is the
     * package class, so that every {@code &g} is equal: {@code LongPtr.toField(Main.class, "g", () -> Main.g, v -> Main.g = v)}.
     */
    private Expression packageVarPointer(String ptr, Var v) {
        String cls = ctx.use(ctx.classOf.apply(v.pkg()));
        String field = JavaNames.identifier(v.name());
        LambdaExpr get = new LambdaExpr(new NodeList<>(), new FieldAccessExpr(new NameExpr(cls), field));
        String value = ctx.temp("v"); // a lambda parameter must not shadow a local
        var p = new com.github.javaparser.ast.body.Parameter(new com.github.javaparser.ast.type.UnknownType(), value);
        LambdaExpr set = new LambdaExpr(NodeList.nodeList(p), new com.github.javaparser.ast.expr.AssignExpr(
                new FieldAccessExpr(new NameExpr(cls), field), new NameExpr(value), com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN));
        return new MethodCallExpr(new NameExpr(ptr), "toField", NodeList.nodeList(
                new com.github.javaparser.ast.expr.ClassExpr(new com.github.javaparser.ast.type.ClassOrInterfaceType(null, cls)),
                new StringLiteralExpr(field), get, set));
    }

    /** {@code &owner.f} for a non-struct field: a pointer that reads and writes the field. */
    Expression fieldPointer(String ptr, Expression owner, String field, Type t) {
        // Lambda parameters must not shadow a local (a Go local may be called o or v).
        String o = ctx.temp("o");
        String value = ctx.temp("v");
        LambdaExpr get = new LambdaExpr(new NodeList<>(), new FieldAccessExpr(new NameExpr(o), field));
        var p = new com.github.javaparser.ast.body.Parameter(new com.github.javaparser.ast.type.UnknownType(), value);
        LambdaExpr set = new LambdaExpr(NodeList.nodeList(p), new com.github.javaparser.ast.expr.AssignExpr(
                new FieldAccessExpr(new NameExpr(o), field), new NameExpr(value), com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN));
        // ((Function<T, Ptr>) o -> Ptr.toField(o, "f", () -> o.f, v -> o.f = v)).apply(owner) evaluates owner once.
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Pointers")), "field",
                NodeList.nodeList(owner, new LambdaExpr(NodeList.nodeList(new com.github.javaparser.ast.body.Parameter(
                        new com.github.javaparser.ast.type.UnknownType(), o)), new MethodCallExpr(new NameExpr(ptr), "toField",
                        NodeList.nodeList(new NameExpr(o), new StringLiteralExpr(field), get, set)))));
    }

    // ---- Operators ----------------------------------------------------------------------------

    private Expression unary(Expr.Unary u) {
        if (u.op().equals("&")) {
            return addressOf(u);
        }
        if (u.op().equals("<-")) {
            return channels.receive(u);
        }
        Type t = typeOf(u.x());
        if (!(t.underlying() instanceof Type.Basic)) {
            return unsupported(u, "operator " + u.op() + " on " + t);
        }
        return arithmetic.unary(u.op(), lower(u.x()), t);
    }

    private Expression binary(Expr.Binary b) {
        Type operand = typeOf(b.x());
        String op = b.op();
        if (op.equals("==") || op.equals("!=")) {
            Expression eq = equality(b);
            return op.equals("==") ? eq : negate(eq);
        }
        BasicKind k = Types.basicKind(operand);
        if (k == BasicKind.INVALID) {
            return unsupported(b, "operator " + op + " on " + operand);
        }
        if (op.equals("<<") || op.equals(">>")) {
            TypeAndValue count = ctx.info.typeAndValue(b.y());
            Long constCount = count != null && count.isConstant() && count.value() instanceof dev.goloom.constant.Constant.Int n
                    && n.value().bitLength() < 63 ? n.value().longValue() : null;
            return arithmetic.shift(op, lower(b.x()), operand, lower(b.y()), typeOf(b.y()), constCount);
        }
        Expression x = lower(b.x());
        Expression y = lower(b.y());
        if (k.isString()) {
            return switch (op) {
                case "+" -> JavaPrecedence.binary(x, y, BinaryExpr.Operator.PLUS);
                // Byte strings: char order is byte order, which is Go's string order.
                default -> JavaPrecedence.binary(new MethodCallExpr(JavaPrecedence.receiver(x), "compareTo", NodeList.nodeList(y)),
                        new IntegerLiteralExpr("0"), Arithmetic.operator(op));
            };
        }
        return arithmetic.binary(op, x, y, operand);
    }

    private static Expression negate(Expression e) {
        if (e instanceof BinaryExpr be && be.getOperator() == BinaryExpr.Operator.EQUALS) {
            return be.clone().setOperator(BinaryExpr.Operator.NOT_EQUALS);
        }
        return JavaPrecedence.unary(e, UnaryExpr.Operator.LOGICAL_COMPLEMENT);
    }

    /** {@code x == y} by the operands' type: Java == for numbers, pointers and channels; equals for values. */
    private Expression equality(Expr.Binary b) {
        if (isNil(b.x())) {
            return equalValues(lower(b.y()), typeOf(b.y()), b.x());
        }
        return equalValues(lower(b.x()), typeOf(b.x()), b.y());
    }

    /** {@code x == y} where x is already lowered (of Go type {@code tx}): switch tags use it too. */
    Expression equalValues(Expression x, Type tx, Expr yExpr) {
        Type ty = typeOf(yExpr);
        if (isNil(yExpr)) {
            if (tx.underlying() instanceof Type.Slice || tx.underlying() instanceof Type.MapType
                    || tx.underlying() instanceof Type.Chan) {
                return new MethodCallExpr(JavaPrecedence.receiver(x), "isNil");
            }
            return JavaPrecedence.binary(x, new NullLiteralExpr(), BinaryExpr.Operator.EQUALS);
        }
        if (Types.isInterface(tx) || Types.isInterface(ty)) {
            Type common = Types.isInterface(tx) ? tx : ty;
            Expression xv = Types.isInterface(tx) ? x : ctx.boxing.toInterface(x, tx);
            return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoEquality")), "equalInterfaces",
                    NodeList.nodeList(xv, valueFor(yExpr, common)));
        }
        Expression y = lower(yExpr);
        Type u = tx.underlying();
        return switch (u) {
            case Type.Basic bk when bk.kind().isString() -> new MethodCallExpr(JavaPrecedence.receiver(x), "equals", NodeList.nodeList(y));
            case Type.Basic bk when bk.kind().isComplex() -> new MethodCallExpr(JavaPrecedence.receiver(x), "eq", NodeList.nodeList(y));
            // An unsafe.Pointer holds a pointer object, whose equality may be Ptr's (owner and index).
            case Type.Basic bk when bk.kind() == BasicKind.UNSAFE_POINTER ->
                    new MethodCallExpr(new NameExpr("java.util.Objects"), "equals", NodeList.nodeList(x, y));
            case Type.Basic bk -> JavaPrecedence.binary(x, y, BinaryExpr.Operator.EQUALS);
            case Type.Struct st -> new MethodCallExpr(JavaPrecedence.receiver(x), "equals", NodeList.nodeList(y));
            // Pointers to structs are struct objects themselves: compared by identity, not by equals.
            case Type.Array a when a.elem().underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct ->
                    new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")), "identical", NodeList.nodeList(x, y));
            case Type.Array a -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoEquality")), "equal",
                    NodeList.nodeList(x, y));
            case Type.Pointer p when ctx.isArrayView(p) -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.SliceBase")),
                    "samePointer", NodeList.nodeList(x, y));
            case Type.Pointer p when p.elem().underlying() instanceof Type.Struct -> JavaPrecedence.binary(x, y, BinaryExpr.Operator.EQUALS);
            case Type.Pointer p -> new MethodCallExpr(new NameExpr("java.util.Objects"), "equals", NodeList.nodeList(x, y));
            default -> JavaPrecedence.binary(x, y, BinaryExpr.Operator.EQUALS);
        };
    }

    /** Expressions to use instead of lowering certain Go expressions (a deferred call's saved arguments). */
    private final java.util.Map<Expr, Expression> substitutions = new java.util.IdentityHashMap<>();

    /** The substituted expressions whose replacement has been used (see {@link #hoist}). */
    private final java.util.Set<Expr> usedSubstitutes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * Evaluates {@code nodes} (in {@link GcOrder}'s order) into temporaries declared in
     * {@code out}; until {@link #unhoist}, lowering any of them gives its temporary.
     */
    void hoist(java.util.List<Expr> nodes, com.github.javaparser.ast.stmt.BlockStmt out) {
        for (Expr node : nodes) {
            Expression value = lower(node);
            String name = ctx.temp("t");
            out.addStatement(new com.github.javaparser.ast.expr.VariableDeclarationExpr(
                    new com.github.javaparser.ast.body.VariableDeclarator(new com.github.javaparser.ast.type.VarType(), name, value)));
            substitutions.put(node, new NameExpr(name));
        }
    }

    /** Ends {@link #hoist}; false when some temporary was never read (its node was lowered another way). */
    boolean unhoist(java.util.List<Expr> nodes) {
        boolean allUsed = true;
        for (Expr node : nodes) {
            substitutions.remove(node);
            allUsed &= usedSubstitutes.remove(node);
        }
        return allUsed;
    }

    /** Lowers {@code e} with the given subexpressions replaced by locals (a deferred call's saved operands). */
    Expression lowerWithSubstitutes(Expr e, java.util.Map<Expr, String> names) {
        names.forEach((x, n) -> substitutions.put(x, new NameExpr(n)));
        try {
            return lower(e);
        } finally {
            names.keySet().forEach(substitutions::remove);
        }
    }

    // ---- Conversions --------------------------------------------------------------------------

    Expression conversion(Expr.Call call, Type target) {
        Expr arg = call.args().getFirst();
        Type from = typeOf(arg);
        if (Types.isInterface(target)) {
            return valueFor(arg, target);
        }
        if (isNil(arg)) {
            // Typed, so that (*T)(nil) may be dereferenced or called on (Java rejects null.f()).
            Expression nil = nilOf(target);
            return nil instanceof NullLiteralExpr ? JavaPrecedence.cast(ctx.javaTypes.of(target), nil) : nil;
        }
        BasicKind fk = Types.basicKind(from), tk = Types.basicKind(target);
        if (structConversions.needed(from, target)) {
            return structConversions.convert(lower(arg), from, target);
        }
        if (Types.identical(from.underlying(), target.underlying())) {
            return JavaTypes.needsCopy(from) && isVariable(arg) ? copyOf(lower(arg), from) : lower(arg);
        }
        if (UnsafePointers.isUnsafePointer(from) || UnsafePointers.isUnsafePointer(target)) {
            return UnsafePointers.convert(this, ctx, call, target);
        }
        String strings = "dev.goloom.runtime.GoStrings";
        if (tk.isString()) {
            if (fk.isInteger()) {
                Expression x = lower(arg);
                x = fk.isUnsigned() ? Arithmetic.widenUnsigned(x, fk) : x;
                return new MethodCallExpr(new NameExpr(ctx.use(strings)), "fromRune", NodeList.nodeList(x));
            }
            if (from.underlying() instanceof Type.Slice s) {
                BasicKind ek = Types.basicKind(s.elem());
                return new MethodCallExpr(new NameExpr(ctx.use(strings)), ek == BasicKind.UINT8 ? "fromBytes" : "fromRunes",
                        NodeList.nodeList(lower(arg)));
            }
        }
        if (fk.isString() && target.underlying() instanceof Type.Slice s) {
            BasicKind ek = Types.basicKind(s.elem());
            return new MethodCallExpr(new NameExpr(ctx.use(strings)), ek == BasicKind.UINT8 ? "toBytes" : "toRunes",
                    NodeList.nodeList(lower(arg)));
        }
        if (fk.isNumeric() && tk.isNumeric() && fk.isComplex() == tk.isComplex()) {
            Expression r = arithmetic.convert(lower(arg), from, target);
            if (r != null) {
                return r;
            }
        }
        if (from.underlying() instanceof Type.Slice && target.underlying() instanceof Type.Array a) {
            return new MethodCallExpr(JavaPrecedence.receiver(lower(arg)), "toArray",
                    NodeList.nodeList(new com.github.javaparser.ast.expr.LongLiteralExpr(a.len() + "L")));
        }
        if (from.underlying() instanceof Type.Slice && target.underlying() instanceof Type.Pointer p
                && p.elem().underlying() instanceof Type.Array a) {
            if (!ctx.isArrayView(target)) {
                // Only in generic code, whose conversions ArrayViews does not see.
                return unsupported(call, "conversion from " + from + " to " + target + " in generic code");
            }
            // A view of the slice's first N elements (ArrayViews).
            return new MethodCallExpr(JavaPrecedence.receiver(lower(arg)), "toArrayView",
                    NodeList.nodeList(new com.github.javaparser.ast.expr.LongLiteralExpr(a.len() + "L")));
        }
        if (from.underlying() instanceof Type.Pointer && target.underlying() instanceof Type.Pointer) {
            return lower(arg);
        }
        return unsupported(call, "conversion from " + from + " to " + target);
    }

    /** Whether the method {@code m} is declared on a struct type (an instance method of its class). */
    static boolean structMethod(Func m) {
        return m.receiver() != null && baseOf(m.receiver().type()).underlying() instanceof Type.Struct;
    }

    static boolean pointerMethod(Func m) {
        return Lookup.pointerReceiver(m);
    }
}
