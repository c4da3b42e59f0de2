// Type expressions ("Types"): from syntax such as []int or func(string) error to Type values.
package dev.goloom.types;

import dev.goloom.constant.ConstOps;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Field;
import dev.goloom.syntax.GoPrinter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

final class TypeExprs {
    private final Checker c;

    /** A map type's key, whose comparability is checked at the end (its type may still be incomplete). */
    private record MapKey(Expr expr, Type type) {}

    /** The map keys met so far, not yet checked. */
    private final java.util.List<MapKey> mapKeys = new java.util.ArrayList<>();

    /**
     * "The comparison operators == and != must be fully defined for operands of the key type"
     * (the spec's Map types): reports the map keys met so far that are not comparable.
     */
    void checkMapKeys() {
        for (MapKey k : mapKeys) {
            Type t = k.type();
            if (t == null || t == Universe.INVALID || t.underlying() == Universe.INVALID || Types.comparable(t)) {
                continue;
            }
            c.errorAt(k.expr(), "invalid map key type " + t + (t instanceof Type.TypeParam ? " (missing comparable constraint)" : ""));
        }
        mapKeys.clear();
    }

    TypeExprs(Checker c) {
        this.c = c;
    }

    /** The type {@code e} denotes; reports "x is not a type" and returns INVALID otherwise. */
    Type type(Expr e) {
        Type t = genericType(e);
        if (t instanceof Type.Named n && n.isGeneric()) {
            c.errorAt(e, "cannot use generic type " + Instantiate.declaredString(n) + " without instantiation");
            return Universe.INVALID;
        }
        if (t.underlying() instanceof Type.Interface i && !i.isBasic() && !(t instanceof Type.TypeParam)) {
            c.errorAt(e, "cannot use type " + GoPrinter.expr(e) + " outside a type constraint: interface "
                    + (i.comparable() && i.terms() == null ? "is (or embeds) comparable" : "contains type constraints"));
            return Universe.INVALID;
        }
        return t;
    }

    /** The type on the right of a type declaration: constraint interfaces are allowed there. */
    Type declaredType(Expr e) {
        Type t = genericType(e);
        if (t instanceof Type.Named n && n.isGeneric()) {
            c.errorAt(e, "cannot use generic type " + Instantiate.declaredString(n) + " without instantiation");
            return Universe.INVALID;
        }
        return t;
    }

    /** Like {@link #type}, but a generic type may stand uninstantiated and constraints are allowed. */
    Type genericType(Expr e) {
        Type t = typeOrNull(e);
        if (t == null) {
            return Universe.INVALID;
        }
        c.info.types.put(e, new TypeAndValue(TypeAndValue.Mode.TYPE, t, null));
        return t;
    }

    /**
     * A type constraint: an interface (possibly named), or a union or single type written
     * alone, which stands for the implicit interface {@code interface{E}}.
     */
    Type constraint(Expr e) {
        if (e instanceof Expr.Binary || e instanceof Expr.Unary) {
            return new Type.Interface(List.of(), union(e), false);
        }
        Type t = genericType(e);
        if (t == Universe.INVALID || t.underlying() instanceof Type.Interface) {
            return t;
        }
        if (t instanceof Type.Named n && n.isGeneric()) {
            c.errorAt(e, "cannot use generic type " + Instantiate.declaredString(n) + " without instantiation");
            return Universe.INVALID;
        }
        return new Type.Interface(List.of(), List.of(new Type.Term(false, t)), false);
    }

    /** The terms of a union {@code A | ~B | C}; a term that is a constraint interface contributes its terms. */
    private List<Type.Term> union(Expr e) {
        List<Type.Term> out = new ArrayList<>();
        unionTerms(e, out);
        // A term that is a basic interface without methods (any) makes the union all types.
        return out.contains(ALL_TYPES) ? null : List.copyOf(out);
    }

    /** Marks a union term that stands for every type. */
    private static final Type.Term ALL_TYPES = new Type.Term(false, Universe.ANY);

    private void unionTerms(Expr e, List<Type.Term> out) {
        if (e instanceof Expr.Binary b && b.op().equals("|")) {
            unionTerms(b.x(), out);
            unionTerms(b.y(), out);
            return;
        }
        if (e instanceof Expr.Paren p) {
            unionTerms(p.x(), out);
            return;
        }
        boolean tilde = e instanceof Expr.Unary u && u.op().equals("~");
        Expr te = tilde ? ((Expr.Unary) e).x() : e;
        Type t = genericType(te);
        if (t == Universe.INVALID) {
            return;
        }
        if (t instanceof Type.Named n && n.isGeneric()) {
            c.errorAt(te, "cannot use generic type " + Instantiate.declaredString(n) + " without instantiation");
            return;
        }
        if (tilde && !Types.identical(t, t.underlying())) {
            c.errorAt(e, "invalid use of ~ (underlying type of " + t + " is " + t.underlying() + ")");
            return;
        }
        if (!tilde && t.underlying() instanceof Type.Interface i && !(t instanceof Type.TypeParam)) {
            if (!i.methods().isEmpty()) {
                c.errorAt(te, "cannot use " + GoPrinter.expr(te) + " in union (" + GoPrinter.expr(te) + " contains methods)");
                return;
            }
            if (i.comparable()) {
                c.errorAt(te, "cannot use comparable in union");
                return;
            }
            if (i.terms() != null) {
                out.addAll(i.terms());
                return;
            }
            out.add(ALL_TYPES);
            return;
        }
        if (t instanceof Type.TypeParam) {
            c.errorAt(te, "term cannot be a type parameter");
            return;
        }
        out.add(new Type.Term(tilde, t));
    }

    /**
     * Declares the type parameters of {@code fields} in {@code scope} (all names first: a
     * constraint may refer to any parameter of its list), then checks their constraints in it.
     */
    List<Type.TypeParam> typeParams(List<Field> fields, Scope scope) {
        return typeParams(fields, scope, tps -> { });
    }

    /** As {@link #typeParams(List, Scope)}; {@code declared} sees the parameters before their constraints are checked. */
    List<Type.TypeParam> typeParams(List<Field> fields, Scope scope, java.util.function.Consumer<List<Type.TypeParam>> declared) {
        List<Type.TypeParam> out = new ArrayList<>();
        for (Field f : fields) {
            for (Expr.Ident id : f.names()) {
                TypeName tn = new TypeName(id.name(), id.pos(), c.pkg, null);
                Type.TypeParam tp = new Type.TypeParam(tn, out.size());
                tn.type = tp;
                c.info.defs.put(id, tn);
                c.declare(scope, id, tn);
                out.add(tp);
            }
        }
        declared.accept(List.copyOf(out));
        Scope saved = c.scope;
        c.scope = scope;
        List<Runnable> outer = c.instantiate.beginTypeParams();
        try {
            int i = 0;
            for (Field f : fields) {
                Type constraint = constraint(f.type());
                for (Expr.Ident id : f.names()) {
                    out.get(i++).setConstraint(constraint);
                }
            }
        } finally {
            c.scope = saved;
            c.instantiate.endTypeParams(outer);
        }
        return List.copyOf(out);
    }

    private Type typeOrNull(Expr e) {
        return switch (e) {
            case Expr.Ident id -> {
                Obj o = c.exprs.lookup(id);
                if (o == null) {
                    yield null;
                }
                if (!(o instanceof TypeName tn)) {
                    c.errorAt(id, id.name() + " is not a type");
                    yield null;
                }
                c.resolve(tn);
                yield tn.type();
            }
            case Expr.Selector sel when sel.x() instanceof Expr.Ident pkgId
                    && c.exprs.lookup(pkgId, false) instanceof PkgName pn -> {
                Obj o = c.exprs.qualified(pn, pkgId, sel.sel());
                if (o == null) {
                    yield null;
                }
                if (!(o instanceof TypeName tn)) {
                    c.errorAt(sel, GoPrinter.expr(sel) + " is not a type");
                    yield null;
                }
                yield tn.type();
            }
            case Expr.Paren p -> type(p.x());
            case Expr.Star s -> new Type.Pointer(type(s.x()));
            case Expr.ArrayType a when a.len() == null -> new Type.Slice(type(a.elem()));
            case Expr.ArrayType a -> new Type.Array(arrayLength(a.len()), type(a.elem()));
            case Expr.MapType m -> {
                Type key = type(m.key());
                mapKeys.add(new MapKey(m.key(), key)); // checked once every type is complete
                yield new Type.MapType(key, type(m.value()));
            }
            case Expr.ChanType ch -> new Type.Chan(switch (ch.dir()) {
                case BOTH -> Type.ChanDir.BOTH;
                case SEND -> Type.ChanDir.SEND;
                case RECV -> Type.ChanDir.RECV;
            }, type(ch.elem()));
            case Expr.FuncType f -> {
                redeclaredParams(f);
                yield signature(f);
            }
            case Expr.InterfaceType i -> interfaceType(i);
            case Expr.StructType st -> structType(st);
            case Expr.Index ix -> c.instantiate.typeInstance(ix);
            default -> {
                c.diags.unsupported(e.pos(), "type " + GoPrinter.expr(e));
                yield null;
            }
        };
    }

    private long arrayLength(Expr len) {
        if (len instanceof Expr.Ellipsis) {
            c.errorAt(len, "invalid use of [...] array (outside a composite literal)");
            return 0;
        }
        // types2's arrayLength: a name may be a type parameter declaration missing its constraint.
        if (len instanceof Expr.Ident id) {
            Obj obj = c.scope.lookup(id.name());
            if (obj == null) {
                c.errorAt(len, "undefined array length " + id.name() + " or missing type constraint");
                return 0;
            }
            if (!(obj instanceof Const)) {
                c.errorAt(len, "invalid array length " + id.name());
                return 0;
            }
        }
        TypeAndValue tv = c.exprs.value(len);
        if (tv.mode() == TypeAndValue.Mode.INVALID) {
            return 0;
        }
        if (!tv.isConstant()) {
            c.errorAt(len, "array length " + Operands.describe(len, tv) + " must be constant");
            return 0;
        }
        boolean integer = Types.basicKind(tv.type()).isInteger();
        if (Types.isUntyped(tv.type()) || integer) {
            BigInteger n = ConstOps.toInteger(tv.value());
            // Representable as int (64 bits) and not negative.
            if (n != null && n.signum() >= 0 && n.bitLength() <= 63) {
                return n.longValue();
            }
        }
        c.errorAt(len, (integer ? "invalid array length " : "array length ") + Operands.describe(len, tv)
                + (integer ? "" : " must be integer"));
        return 0;
    }

    /** A struct type; embedded fields are named after their type name ("Struct types"). */
    private Type structType(Expr.StructType st) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Scope names = new Scope(null);
        for (Field f : st.fields()) {
            String tag = f.tag() == null ? "" : f.tag();
            if (f.names().isEmpty()) {
                Type t = type(f.type());
                Expr nameExpr = f.type() instanceof Expr.Star s ? s.x() : f.type();
                if (nameExpr instanceof Expr.Index gi) {
                    nameExpr = gi.x(); // an embedded instance List[T] is named List
                }
                Expr.Ident id = switch (nameExpr) {
                    case Expr.Ident i -> i;
                    case Expr.Selector sel -> sel.sel();
                    default -> null;
                };
                if (id == null) {
                    c.errorAt(f.type(), "embedded field type must be a type name");
                    continue;
                }
                if (f.type() instanceof Expr.Star && t instanceof Type.Pointer p
                        && p.elem().underlying() instanceof Type.Interface) {
                    c.errorAt(f.type(), "embedded field type cannot be a pointer to an interface");
                } else if (f.type() instanceof Expr.Star && t instanceof Type.Pointer p
                        && p.elem().underlying() instanceof Type.Pointer) {
                    c.errorAt(f.type(), "embedded field type cannot be a pointer");
                }
                Var v = Var.field(id.name(), id.pos(), c.pkg, t, true);
                addField(names, id, v, fields, tags, tag);
                continue;
            }
            Type t = type(f.type());
            for (Expr.Ident id : f.names()) {
                addField(names, id, Var.field(id.name(), id.pos(), c.pkg, t, false), fields, tags, tag);
            }
        }
        return new Type.Struct(List.copyOf(fields), List.copyOf(tags));
    }

    private void addField(Scope names, Expr.Ident id, Var v, List<Var> fields, List<String> tags, String tag) {
        if (!id.name().equals("_")) {
            Obj prev = names.insert(v);
            if (prev != null) {
                c.error(id.pos(), id.name() + " redeclared\n\t" + prev.pos() + ": other declaration of " + id.name());
            }
        }
        c.info.defs.put(id, v);
        fields.add(v);
        tags.add(tag);
    }

    private Type interfaceType(Expr.InterfaceType i) {
        List<Func> methods = new ArrayList<>();
        // The type set is the intersection of the elements' sets ("General interfaces").
        List<Type.Term> terms = null;
        boolean comparable = false;
        for (Field f : i.elems()) {
            if (f.names().isEmpty()) {
                if (f.type() instanceof Expr.Binary || f.type() instanceof Expr.Unary) {
                    terms = TypeSets.intersect(terms, union(f.type()));
                    continue;
                }
                // An embedded interface adds its methods ("Embedded interfaces").
                Type t = genericType(f.type());
                if (t instanceof Type.Named n && n.isGeneric()) {
                    c.errorAt(f.type(), "cannot use generic type " + Instantiate.declaredString(n) + " without instantiation");
                } else if (t.underlying() instanceof Type.Interface embedded) {
                    for (Func m : embedded.methods()) {
                        if (methods.stream().noneMatch(x -> x.name().equals(m.name()))) {
                            methods.add(m);
                        }
                    }
                    terms = TypeSets.intersect(terms, embedded.terms());
                    comparable |= embedded.comparable();
                } else if (t instanceof Type.TypeParam) {
                    c.errorAt(f.type(), "term cannot be a type parameter");
                } else if (t != Universe.INVALID) {
                    terms = TypeSets.intersect(terms, List.of(new Type.Term(false, t)));
                }
                continue;
            }
            Expr.Ident name = f.names().getFirst();
            if (methods.stream().anyMatch(x -> x.name().equals(name.name()))) {
                c.error(name.pos(), "duplicate method " + name.name());
                continue;
            }
            redeclaredParams((Expr.FuncType) f.type());
            methods.add(new Func(name.name(), f.pos(), c.pkg, signature((Expr.FuncType) f.type())));
        }
        methods.sort(java.util.Comparator.comparing(Func::name));
        if (terms == null && !comparable) {
            return methods.isEmpty() ? Universe.ANY : new Type.Interface(List.copyOf(methods));
        }
        return new Type.Interface(List.copyOf(methods), terms, comparable);
    }

    /**
     * The signature of a function type. A generic function's type parameters are declared in
     * {@code tparamScope} (which the body's scope then encloses); null for other functions.
     */
    Type.Signature signature(Expr.FuncType f, Scope tparamScope) {
        List<Type.TypeParam> tparams = List.of();
        Scope saved = c.scope;
        if (!f.typeParams().isEmpty()) {
            if (tparamScope == null) {
                c.errorAt(f, "function type must have no type parameters");
                tparamScope = new Scope(c.scope);
            }
            tparams = typeParams(f.typeParams(), tparamScope);
            c.scope = tparamScope;
        }
        try {
            Type.Signature sig = signature(f);
            return tparams.isEmpty() ? sig : new Type.Signature(sig.params(), sig.results(), sig.variadic(), tparams);
        } finally {
            c.scope = saved;
        }
    }

    /** The signature of a function type without type parameters. */
    Type.Signature signature(Expr.FuncType f) {
        boolean variadic = false;
        List<Var> params = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            Field p = f.params().get(i);
            Expr te = p.type();
            Type t;
            if (te instanceof Expr.Ellipsis el) {
                if (i != f.params().size() - 1 || p.names().size() > 1) {
                    c.errorAt(el, "can only use ... with final parameter in list");
                }
                variadic = true;
                t = new Type.Slice(type(el.elem()));
            } else {
                t = type(te);
            }
            params.addAll(vars(p, t));
        }
        List<Var> results = new ArrayList<>();
        for (Field r : f.results()) {
            results.addAll(vars(r, type(r.type())));
        }
        return new Type.Signature(new Type.Tuple(params), new Type.Tuple(results), variadic);
    }

    /**
     * types2 declares the parameters and results of every function type in a scope of their own,
     * also without a body (a func type, an interface method): a name given twice is redeclared.
     * (A function with a body reports it when declaring them: {@link #declareParams}.)
     */
    private void redeclaredParams(Expr.FuncType f) {
        java.util.Map<String, Expr.Ident> seen = new java.util.HashMap<>();
        for (List<Field> list : List.of(f.params(), f.results())) {
            for (Field p : list) {
                for (Expr.Ident id : p.names()) {
                    Expr.Ident prev = id.name().equals("_") ? null : seen.putIfAbsent(id.name(), id);
                    if (prev != null) {
                        c.error(id.pos(), id.name() + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + id.name());
                    }
                }
            }
        }
    }

    private List<Var> vars(Field f, Type t) {
        List<Var> out = new ArrayList<>();
        if (f.names().isEmpty()) {
            out.add(new Var("", f.pos(), c.pkg, t, false));
            return out;
        }
        for (Expr.Ident id : f.names()) {
            Var v = new Var(id.name(), id.pos(), c.pkg, t, false);
            v.used = true; // parameters are never "declared and not used"
            out.add(v);
        }
        return out;
    }

    /** Declares the named parameters and results of {@code sig} in a function body's scope. */
    void declareParams(Expr.FuncType f, Type.Signature sig, Scope scope) {
        int i = 0;
        for (Field p : f.params()) {
            i = declareFieldVars(p, sig.params(), i, scope);
        }
        i = 0;
        for (Field r : f.results()) {
            i = declareFieldVars(r, sig.results(), i, scope);
        }
    }

    private int declareFieldVars(Field f, Type.Tuple tuple, int i, Scope scope) {
        if (f.names().isEmpty()) {
            return i + 1;
        }
        for (Expr.Ident id : f.names()) {
            Var v = tuple.vars().get(i++);
            c.info.defs.put(id, v);
            c.declare(scope, id, v);
        }
        return i;
    }
}
