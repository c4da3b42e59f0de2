// The type checker's driver: package-level declarations, lazily resolved, then function bodies.
package dev.goloom.types;

import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.Pos;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one package, shaped like go/types: objects are collected first; a package-level
 * object's declaration is checked the first time it is needed ({@link #resolve}), so
 * declarations may appear in any order; function bodies come last. The concerns live in
 * their own classes: {@link Exprs}, {@link Calls}, {@link Stmts}, {@link Assignments},
 * {@link TypeExprs}. Results go to {@link Info}; errors to {@link Diagnostics}.
 */
public final class Checker {
    final Package pkg;
    /** Where results go: the package's side tables, or a specialization's (see Specializer). */
    Info info = new Info();
    /**
     * Set while a specialization is checked (Specializer): what generic code may do but the
     * concrete code would be refused for (an impossible assertion, a case listed twice) passes.
     */
    boolean specializing;
    /** While specializing: the side tables of the generic declaration's own check. */
    Info genericInfo;
    /** Where errors go; a specialization collects its own. */
    Diagnostics diags;
    private final Importer importer;

    final Exprs exprs = new Exprs(this);
    final Calls calls = new Calls(this);
    final Assignments assignments = new Assignments(this);
    final TypeExprs typeExprs = new TypeExprs(this);
    final Stmts stmts = new Stmts(this);
    final Selectors selectors = new Selectors(this);
    final Indexing indexing = new Indexing(this);
    final CompositeLits compositeLits = new CompositeLits(this);
    final BuiltinCalls builtins = new BuiltinCalls(this);
    final UnsafeCalls unsafeCalls = new UnsafeCalls(this);
    /** The instantiations seen, checked for cycles at the end. */
    final Monomorph mono;
    final Instantiate instantiate = new Instantiate(this);

    /** The scope identifiers are resolved in; changes while bodies are checked. */
    Scope scope;

    /** Where each package-level object is declared, and in which file scope. */
    private record PkgDecl(Spec spec, Decl.Func func, int index, Scope fileScope) {}

    private final Map<Obj, PkgDecl> pkgDecls = new IdentityHashMap<>();
    private final Set<Obj> resolving = new HashSet<>();
    private final Set<Obj> resolved = new HashSet<>();
    private final List<PkgName> imports = new ArrayList<>();
    /** The dot imports, by imported package: a use of one of its objects uses the import. */
    private final Map<Package, List<PkgName>> dotImports = new java.util.HashMap<>();

    /** Marks the dot import that brought {@code o} into a file scope as used. */
    void useDotImported(Obj o) {
        // Approximation: every file's dot import of that package counts as used (gc tracks them per file).
        if (!dotImports.isEmpty() && o.pkg() != null && o.pkg() != pkg && dotImports.get(o.pkg()) instanceof List<PkgName> pns) {
            pns.forEach(pn -> pn.used = true);
        }
    }
    /** Package-level objects in declaration order (files in the order given, then source order). */
    private final List<Obj> declOrder = new ArrayList<>();
    /** For each package-level object, the package-level objects its declaration or body uses. */
    private final Map<Obj, Set<Obj>> deps = new IdentityHashMap<>();
    /** Where uses are recorded now: the dependencies of the declaration being checked, or null. */
    Set<Obj> currentDeps;
    /** A method declaration and the file it is in. */
    private record MethodDecl(Decl.Func decl, Scope fileScope) {}
    private final List<MethodDecl> methodDecls = new ArrayList<>();
    /** The spec of each package-level variable with an initializer. */
    private final Map<Var, Spec.Value> varSpecs = new IdentityHashMap<>();
    /** Whether this package has reported an error (types2's firstErr: later follow-on errors are dropped). */
    private boolean reportedError;

    private Checker(Package pkg, Diagnostics diags, Importer importer) {
        this.pkg = pkg;
        this.diags = diags;
        this.importer = importer;
        this.scope = pkg.scope();
        this.mono = new Monomorph(pkg);
    }

    /**
     * About how many lines {@code files} have (where each one's last declaration starts, or its
     * body or composite literal ends), to size the side tables without walking the trees.
     */
    static int sourceLines(List<GoFile> files) {
        long lines = 0;
        for (GoFile file : files) {
            int last = file.pos().line();
            for (Decl d : file.decls()) {
                last = Math.max(last, switch (d) {
                    case Decl.Func f -> f.body() != null ? f.body().rbrace().line() : f.pos().line();
                    case Decl.Gen g -> g.specs().isEmpty() ? g.pos().line() : lastLine(g.specs().getLast());
                });
            }
            lines += last;
        }
        return (int) Math.min(Integer.MAX_VALUE, lines);
    }

    private static int lastLine(Spec spec) {
        if (spec instanceof Spec.Value v && !v.values().isEmpty() && v.values().getLast() instanceof Expr.CompositeLit lit) {
            return lit.rbrace().line();
        }
        return spec.pos().line();
    }

    /** Type-checks {@code files} as package {@code pkg}. */
    public static CheckedPackage check(Package pkg, List<GoFile> files, Importer importer, Diagnostics diags) {
        Package outer = Types.setMessagePackage(pkg);
        try {
            return checkFiles(pkg, files, importer, diags);
        } finally {
            Types.setMessagePackage(outer);
        }
    }

    private static CheckedPackage checkFiles(Package pkg, List<GoFile> files, Importer importer, Diagnostics diags) {
        return new Checker(pkg, diags, importer).checkFiles(files);
    }

    private CheckedPackage checkFiles(List<GoFile> files) {
        Checker c = this;
        int lines = sourceLines(files);
        c.info = new Info(lines);
        List<Decl.Func> funcs = c.collect(files);
        // Types first, then the methods they carry, so that every method set is complete
        // before any expression is checked; then the rest in declaration order.
        for (Obj o : List.copyOf(c.declOrder)) {
            if (o instanceof TypeName) {
                c.resolve(o);
            }
        }
        c.declareMethods();
        for (Obj o : List.copyOf(c.declOrder)) { // declaration order: deterministic errors
            c.resolve(o);
        }
        for (GoFile file : files) {
            Scope fileScope = c.info.scopes.get(file);
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f) {
                    c.stmts.funcBody(f, fileScope);
                }
            }
        }
        c.typeExprs.checkMapKeys();
        c.reportUnusedImports();
        c.mono.check(c);
        List<InitOrder.Cycle> cycles = new ArrayList<>();
        // Methods are dependencies too (var x = T(0).M() depends on what M reads).
        List<Obj> withMethods = new ArrayList<>(c.declOrder);
        for (GoFile file : files) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && f.recv() != null && c.info.defs.get(f.name()) instanceof Func m) {
                    withMethods.add(m);
                }
            }
        }
        List<Spec.Value> order = InitOrder.compute(withMethods, c.deps, c.varSpecs, cycles);
        for (InitOrder.Cycle cycle : cycles) {
            c.error(cycle.var().pos(), "initialization cycle or initialization loop: " + cycle.var().name()
                    + " refers to itself");
        }
        return new CheckedPackage(pkg, files, c.info, order, new Specializer(c));
    }

    void error(Pos pos, String message) {
        // types2's "cheap trick": once the package has an error, a message naming an invalid type
        // or operand (anywhere but at its start) is a follow-on error and is dropped.
        if (reportedError && (message.indexOf("invalid type") > 0 || message.indexOf("invalid operand") > 0)) {
            return;
        }
        reportedError = true;
        diags.error(pos, message);
    }

    /** Reports an error about an operand at the position where it starts, as types2 does. */
    void errorAt(Expr e, String message) {
        error(dev.goloom.syntax.Positions.start(e), message);
    }

    // ---- Collecting objects ----------------------------------------------------------------

    private List<Decl.Func> collect(List<GoFile> files) {
        List<Decl.Func> funcs = new ArrayList<>();
        for (GoFile file : files) {
            Scope fileScope = new Scope(pkg.scope());
            info.scopes.put(file, fileScope);
            for (Spec.Import imp : file.imports()) {
                declareImport(imp, fileScope);
            }
            for (Decl d : file.decls()) {
                switch (d) {
                    case Decl.Gen g when g.keyword().equals("import") -> { }
                    case Decl.Gen g -> {
                        if (g.keyword().equals("const")) {
                            constSources.putAll(constSources(g));
                        }
                        for (Spec s : g.specs()) {
                            collectSpec(s, g.keyword(), fileScope);
                        }
                    }
                    case Decl.Func f -> {
                        funcs.add(f);
                        if (f.isMethod()) {
                            if (f.receivers().size() != 1 || f.receivers().getFirst().names().size() > 1) {
                                error(f.name().pos(), f.receivers().isEmpty() ? "method has no receiver"
                                        : "method has multiple receivers");
                                continue;
                            }
                            methodDecls.add(new MethodDecl(f, fileScope));
                            continue;
                        }
                        String name = f.name().name();
                        if (name.equals("init") || name.equals("main") && pkg.name().equals("main")) {
                            if (!f.type().params().isEmpty() || !f.type().results().isEmpty()) {
                                error(f.name().pos(), "func " + name + " must have no arguments and no return values");
                            }
                        }
                        Func fn = new Func(name, f.name().pos(), pkg, null);
                        info.defs.put(f.name(), fn);
                        if (!name.equals("init") && !name.equals("_")) {
                            declare(pkg.scope(), f.name(), fn);
                        }
                        pkgDecls.put(fn, new PkgDecl(null, f, 0, fileScope));
                        declOrder.add(fn);
                    }
                }
            }
        }
        if (pkg.name().equals("main") && !(pkg.scope().lookupLocal("main") instanceof Func)) {
            // gc reports this at link time, without a position.
            error(Pos.NONE, "runtime.main_main·f: function main is undeclared in the main package");
        }
        return funcs;
    }

    /**
     * Attaches each method to its receiver's base type ("Method declarations"): the base
     * type must be a defined type of this package that is neither a pointer nor an
     * interface; a method name may not repeat a method or a field of the type.
     */
    private void declareMethods() {
        for (MethodDecl md : methodDecls) {
            Decl.Func f = md.decl();
            dev.goloom.syntax.Field recvField = f.recv();
            Expr recvType = recvField.type();
            while (recvType instanceof Expr.Paren p) {
                recvType = p.x();
            }
            boolean pointer = false;
            if (recvType instanceof Expr.Star s) {
                pointer = true;
                recvType = s.x();
                while (recvType instanceof Expr.Paren p) {
                    recvType = p.x();
                }
            }
            Scope saved = scope;
            scope = md.fileScope();
            Type base;
            // A method of a generic type names the type's parameters in its receiver
            // (func (l *List[T]) Push(v T)): they are declared, bound to the type's own
            // parameters, in a scope of the method's; its receiver type is List[T].
            Scope declScope = md.fileScope();
            try {
                if (recvType instanceof Expr.Index ix) {
                    base = typeExprs.genericType(ix.x());
                    if (base instanceof Type.Named gn && gn.isGeneric()) {
                        if (ix.indices().size() != gn.typeParams().size()) {
                            error(dev.goloom.syntax.Positions.start(ix.x()), "receiver declares "
                                    + ix.indices().size() + " type parameter" + (ix.indices().size() == 1 ? "" : "s")
                                    + ", but receiver base type declares " + gn.typeParams().size());
                            continue;
                        }
                        declScope = new Scope(md.fileScope());
                        for (int i = 0; i < ix.indices().size(); i++) {
                            if (!(ix.indices().get(i) instanceof Expr.Ident id)) {
                                errorAt(ix.indices().get(i), "receiver type parameter " + dev.goloom.syntax.GoPrinter.expr(
                                        ix.indices().get(i)) + " must be an identifier");
                                continue;
                            }
                            TypeName tn = new TypeName(id.name(), id.pos(), pkg, gn.typeParams().get(i));
                            info.defs.put(id, tn);
                            declare(declScope, id, tn);
                        }
                        base = gn.instance(List.copyOf(gn.typeParams()));
                    } else if (base != Universe.INVALID) {
                        errorAt(ix.x(), dev.goloom.syntax.GoPrinter.expr(ix.x()) + " is not a generic type");
                        continue;
                    }
                } else {
                    base = typeExprs.type(recvType);
                }
            } finally {
                scope = saved;
            }
            if (base == Universe.INVALID) {
                continue;
            }
            Pos at = dev.goloom.syntax.Positions.start(recvType);
            if (!(base instanceof Type.Named named0) || named0.obj().pkg() != pkg) {
                error(at, "cannot define new methods on non-local type " + base);
                continue;
            }
            Type.Named named = named0.origin();
            if (named.underlying() instanceof Type.Pointer || named.underlying() instanceof Type.Interface) {
                error(at, "invalid receiver type " + base + " (pointer or interface type)");
                continue;
            }
            String name = f.name().name();
            Func m = new Func(name, f.name().pos(), pkg, null);
            Type recvT = pointer ? new Type.Pointer(named0) : named0;
            m.receiver = new Var(recvField.names().isEmpty() ? "" : recvField.names().getFirst().name(),
                    recvField.names().isEmpty() ? recvField.pos() : recvField.names().getFirst().pos(), pkg, recvT, false);
            m.receiver.used = true;
            info.defs.put(f.name(), m);
            if (!recvField.names().isEmpty()) {
                info.defs.put(recvField.names().getFirst(), m.receiver);
            }
            if (name.equals("_")) {
                pkgDecls.put(m, new PkgDecl(null, f, 0, declScope));
                resolve(m);
                continue;
            }
            Func dup = named.methods().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (dup != null) {
                error(f.name().pos(), "method " + named.obj().name() + "." + name + " already declared at " + dup.pos());
                continue;
            }
            if (named.underlying() instanceof Type.Struct st) {
                Var field = st.fields().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                if (field != null) {
                    error(f.name().pos(), "field and method with the same name " + name + "\n\t" + field.pos()
                            + ": other declaration of " + name);
                    continue;
                }
            }
            named.methods().add(m);
            pkgDecls.put(m, new PkgDecl(null, f, 0, declScope));
        }
        for (MethodDecl md : methodDecls) {
            if (info.defs.get(md.decl().name()) instanceof Func m) {
                resolve(m);
            }
        }
        instantiate.methodsDeclared();
    }

    private void declareImport(Spec.Import imp, Scope fileScope) {
        if (imp.path().isEmpty()) {
            error(imp.pathPos(), "invalid import path: \"\"");
            return;
        }
        Package imported = imp.path().equals(Unsafe.PATH) ? Unsafe.PACKAGE : importer.importPackage(imp.path(), imp.pathPos());
        if (imported == null) {
            return;
        }
        String name = imp.name() == null ? imported.name() : imp.name().name();
        if (name.equals("_")) {
            return;
        }
        PkgName pn = new PkgName(name, imp.pos(), pkg, imported);
        if (name.equals(".")) {
            // "all the package's exported identifiers ... are declared in the importing source file's file block".
            for (Obj o : imported.scope().objects().values()) {
                if (o.exported() && fileScope.insert(o) != null) {
                    error(imp.pos(), o.name() + " redeclared in this block");
                }
            }
            dotImports.computeIfAbsent(imported, k -> new ArrayList<>()).add(pn);
            imports.add(pn);
            return;
        }
        if (imp.name() != null) {
            info.defs.put(imp.name(), pn);
        }
        if (fileScope.insert(pn) != null) {
            error(imp.pos(), name + " redeclared in this block");
            return;
        }
        imports.add(pn);
    }

    private void collectSpec(Spec s, String keyword, Scope fileScope) {
        switch (s) {
            case Spec.Value v -> {
                for (int i = 0; i < v.names().size(); i++) {
                    Expr.Ident id = v.names().get(i);
                    Obj o = keyword.equals("const") ? new Const(id.name(), id.pos(), pkg, null, null)
                            : new Var(id.name(), id.pos(), pkg, null, false);
                    info.defs.put(id, o);
                    declare(pkg.scope(), id, o);
                    pkgDecls.put(o, new PkgDecl(v, null, i, fileScope));
                    declOrder.add(o);
                    if (o instanceof Var var && !v.values().isEmpty()) {
                        varSpecs.put(var, v);
                    }
                }
            }
            case Spec.Type t -> {
                TypeName tn = new TypeName(t.name().name(), t.name().pos(), pkg, null);
                info.defs.put(t.name(), tn);
                declare(pkg.scope(), t.name(), tn);
                pkgDecls.put(tn, new PkgDecl(t, null, 0, fileScope));
                declOrder.add(tn);
            }
            case Spec.Import i -> { }
        }
    }

    /** Declares {@code obj} in {@code s}, reporting gc's redeclaration error. */
    void declare(Scope s, Expr.Ident id, Obj obj) {
        if (id.name().equals("_")) {
            return;
        }
        Obj prev = s.insert(obj);
        if (prev != null) {
            error(id.pos(), id.name() + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + id.name());
        }
    }

    // ---- Resolving package-level declarations ----------------------------------------------

    /** Makes sure a package-level object's declaration has been checked (no-op for others). */
    void resolve(Obj o) {
        PkgDecl d = pkgDecls.get(o);
        if (d == null || resolved.contains(o)) {
            return;
        }
        if (o instanceof TypeName tn && resolving.contains(o) && tn.type() instanceof Type.Named) {
            // A defined type may refer to itself (through pointers, slices, maps, funcs, ...):
            // the Named exists before its underlying type is known.
            return;
        }
        if (!resolving.add(o)) {
            error(o.pos(), "initialization cycle or invalid recursive type: " + o.name() + " refers to itself");
            setInvalid(o);
            return;
        }
        Scope saved = scope;
        Set<Obj> savedDeps = currentDeps;
        scope = d.fileScope();
        currentDeps = dependenciesOf(o);
        try {
            switch (o) {
                case Const c -> constDecl(c, (Spec.Value) d.spec(), d.index());
                case Var v -> varDecl(v, (Spec.Value) d.spec());
                case TypeName t -> typeDecl(t, (Spec.Type) d.spec());
                case Func f -> {
                    // The scope of a function's type parameters encloses its body's scope.
                    Scope tparams = new Scope(scope);
                    f.type = typeExprs.signature(d.func().type(), tparams);
                    funcScopes.put(f, tparams);
                }
                default -> { }
            }
        } finally {
            scope = saved;
            currentDeps = savedDeps;
            resolving.remove(o);
            resolved.add(o);
        }
    }

    /** The declaration of a package-level function or method, or null. */
    Decl.Func declarationOf(Func f) {
        PkgDecl d = pkgDecls.get(f);
        return d == null ? null : d.func();
    }

    /** The scope a package-level function's or method's declaration is resolved in. */
    Scope declarationScope(Func f) {
        PkgDecl d = pkgDecls.get(f);
        return d == null ? null : d.fileScope();
    }

    /** For each function and method, the scope its body's scope is nested in (with its type parameters). */
    private final Map<Func, Scope> funcScopes = new IdentityHashMap<>();

    /** The scope that encloses {@code fn}'s body: its type parameters' scope, else the file scope. */
    Scope bodyParent(Func fn, Scope fileScope) {
        return funcScopes.getOrDefault(fn, fileScope);
    }

    /** The dependency set of a package-level object, created on first use. */
    Set<Obj> dependenciesOf(Obj o) {
        return deps.computeIfAbsent(o, k -> new LinkedHashSet<>());
    }

    /** Records that the declaration being checked uses {@code o}, when o is package-level. */
    void recordUse(Obj o) {
        if (currentDeps != null && pkgDecls.containsKey(o)) {
            currentDeps.add(o);
        }
    }

    private static void setInvalid(Obj o) {
        switch (o) {
            case Const c -> { c.type = Universe.INVALID; c.value = new dev.goloom.constant.Constant.Unknown(); }
            case Var v -> v.type = Universe.INVALID;
            case TypeName t -> t.type = Universe.INVALID;
            default -> { }
        }
    }

    /** For each package-level const spec, the spec whose expressions it uses (see {@link #constSources}). */
    private final Map<Spec.Value, Spec.Value> constSources = new IdentityHashMap<>();

    void constDecl(Const c, Spec.Value spec, int index) {
        exprs.constDecl(c, spec, index, constSources.get(spec));
    }

    /**
     * The spec whose expressions each const spec of {@code g} uses: itself when it has values;
     * "within a parenthesized const declaration list the expression list may be omitted from
     * any but the first ConstSpec" — together with the type — and then the last spec with
     * values is repeated; otherwise none (null: "missing init expr").
     */
    static Map<Spec.Value, Spec.Value> constSources(Decl.Gen g) {
        Map<Spec.Value, Spec.Value> out = new IdentityHashMap<>();
        Spec.Value last = null;
        for (Spec s : g.specs()) {
            Spec.Value v = (Spec.Value) s;
            if (!v.values().isEmpty()) {
                last = v;
            }
            out.put(v, !v.values().isEmpty() ? v : v.type() == null ? last : null);
        }
        return out;
    }

    private void varDecl(Var v, Spec.Value spec) {
        // All variables of one spec share its initializer, and so its dependencies.
        for (Expr.Ident id : spec.names()) {
            Obj other = info.defs.get(id);
            if (other != null && other != v) {
                deps.put(other, currentDeps);
                resolved.add(other);
            }
        }
        assignments.varSpec(spec, true);
    }

    void typeDecl(TypeName tn, Spec.Type spec) {
        if (!spec.typeParams().isEmpty()) {
            genericTypeDecl(tn, spec);
            return;
        }
        if (spec.alias()) {
            tn.type = Universe.INVALID;
            tn.type = typeExprs.declaredType(spec.type());
            return;
        }
        Type.Named named = new Type.Named(tn, Universe.INVALID);
        tn.type = named;
        Type rhs = typeExprs.declaredType(spec.type());
        named.setUnderlying(rhs.underlying());
        if (rhs instanceof Type.Named defining && (!defining.isComplete() || underlyingLater.containsKey(defining))) {
            // type T1 struct{ next *T2 }; type T2 T1: T2 is declared while T1's underlying is unknown.
            underlyingLater.put(named, defining);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = underlyingLater.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue().isComplete() && !underlyingLater.containsKey(e.getValue())) {
                    e.getKey().setUnderlying(e.getValue().underlying());
                    it.remove();
                    changed = true;
                }
            }
        }
    }

    /** Defined types whose underlying type is that of a type still being declared (see typeDecl). */
    private final Map<Type.Named, Type.Named> underlyingLater = new java.util.LinkedHashMap<>();

    /**
     * A generic type: its type parameters are declared in a scope of the declaration's own,
     * before its underlying type is checked there (which may instantiate the type itself).
     * A generic alias (Go 1.24) denotes a generic type of its own whose instances are the
     * aliased type with the arguments substituted; it is kept as a defined type here.
     */
    private void genericTypeDecl(TypeName tn, Spec.Type spec) {
        Type.Named named = new Type.Named(tn, Universe.INVALID);
        tn.type = named;
        Scope tparams = new Scope(scope);
        typeExprs.typeParams(spec.typeParams(), tparams, named::setTypeParams);
        Scope saved = scope;
        scope = tparams;
        try {
            Type rhs = typeExprs.declaredType(spec.type());
            if (rhs instanceof Type.TypeParam) {
                errorAt(spec.type(), "cannot use a type parameter as RHS in type declaration");
                rhs = Universe.INVALID;
            }
            if (spec.alias()) {
                genericAliases.put(named, rhs);
            }
            named.setUnderlying(rhs.underlying());
        } finally {
            scope = saved;
        }
    }

    /** Generic aliases and the type each denotes (in terms of its own type parameters). */
    final Map<Type.Named, Type> genericAliases = new IdentityHashMap<>();

    private void reportUnusedImports() {
        for (PkgName pn : imports) {
            if (!pn.used) {
                String path = pn.imported().path();
                boolean renamed = !pn.name().equals(pn.imported().name()) && !pn.name().equals(".");
                error(pn.pos(), "\"" + path + "\" imported" + (renamed ? " as " + pn.name() : "") + " and not used");
            }
        }
    }
}
