// Java expressions for run-time type descriptors (dev.goloom.runtime.GoType) of Go types.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.goloom.types.Type;
import dev.goloom.types.Universe;
import dev.goloom.types.Var;
import java.util.List;

/**
 * The descriptor of a Go type: predeclared types are constants of {@code GoType}, a named
 * struct type is its class's {@code TYPE} field, other types are built in place.
 */
final class TypeDescriptors {
    private final LoweringContext ctx;

    TypeDescriptors(LoweringContext ctx) {
        this.ctx = ctx;
    }

    private NameExpr goType() {
        return new NameExpr(ctx.use("dev.goloom.runtime.GoType"));
    }

    private Expression make(String record, Expression... args) {
        return new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null, goType().getNameAsString()), record),
                NodeList.nodeList(args));
    }

    Expression of(Type t) {
        if (t == Universe.ERROR) {
            return new FieldAccessExpr(goType(), "ERROR");
        }
        if (t instanceof Type.Named n) {
            if (n.underlying() instanceof Type.Struct) {
                // Qualified: a field of the same name (an embedded struct) would hide the class.
                return new FieldAccessExpr(new NameExpr(ctx.structClassName(n)), "TYPE");
            }
            if (n.obj().pkg().isShim()) {
                // Shims declare no descriptor fields for their non-struct types: one shared instance per type.
                return new MethodCallExpr(goType(), "shared", NodeList.nodeList(ConstantLiterals.text(n.obj().pkg().path()),
                        ConstantLiterals.text(n.obj().pkg().name()), ConstantLiterals.text(GenericInstances.goName(n)), of(n.underlying())));
            }
            return new FieldAccessExpr(new NameExpr(ctx.use(ctx.classOf.apply(n.obj().pkg()))), ctx.namedTypeField(n));
        }
        return switch (t) {
            case Type.Basic b -> new FieldAccessExpr(goType(), switch (b.kind()) {
                case UNTYPED_BOOL -> "BOOL";
                case UNTYPED_INT -> "INT";
                case UNTYPED_RUNE -> "INT32";
                case UNTYPED_FLOAT -> "FLOAT64";
                case UNTYPED_STRING -> "STRING";
                case UNTYPED_COMPLEX -> "COMPLEX128";
                default -> b.kind().name();
            });
            case Type.Pointer p -> make("Pointer", of(p.elem()));
            case Type.Slice s -> make("Slice", of(s.elem()));
            case Type.Array a -> make("Array", new LongLiteralExpr(a.len() + "L"), of(a.elem()));
            case Type.MapType m -> make("Map", of(m.key()), of(m.value()));
            case Type.Chan ch -> make("Chan", new IntegerLiteralExpr(String.valueOf(ch.dir().ordinal())), of(ch.elem()));
            case Type.Signature sig -> make("Func", list(sig.params()), list(sig.results()), new BooleanLiteralExpr(sig.variadic()));
            case Type.Interface i -> make("Interface", new MethodCallExpr(new NameExpr("java.util.List"), "of",
                    new NodeList<>(i.methods().stream().map(m -> (Expression) ConstantLiterals.text(interfaceMethod(m))).toList())));
            case Type.Struct st -> new FieldAccessExpr(new NameExpr(ctx.anonymousStructClassName(st)), "TYPE");
            default -> throw new IllegalArgumentException("no descriptor for " + t);
        };
    }

    private Expression list(Type.Tuple t) {
        NodeList<Expression> items = new NodeList<>();
        for (Var v : t.vars()) {
            items.add(of(v.type()));
        }
        return new MethodCallExpr(new NameExpr("java.util.List"), "of", items);
    }

    /** The field list of a struct descriptor. */
    Expression fields(Type.Struct st) {
        NodeList<Expression> items = new NodeList<>();
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            items.add(new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null,
                    goType().getNameAsString()), "Field"), NodeList.nodeList(ConstantLiterals.text(f.name()), of(f.type()),
                    new BooleanLiteralExpr(f.embedded()), ConstantLiterals.string(st.tags().get(i)),
                    // reflect's StructField.PkgPath: the declaring package, for unexported names only.
                    ConstantLiterals.text(f.exported() || f.pkg() == null ? "" : linkPath(f.pkg())))));
        }
        return new MethodCallExpr(new NameExpr("java.util.List"), "of", items);
    }

    /** {@code new GoType.Method("M", sig, pointerOnly)}. */
    private Expression method(dev.goloom.types.Func m, boolean pointerOnly) {
        return new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null,
                goType().getNameAsString()), "Method"), NodeList.nodeList(ConstantLiterals.text(m.name()),
                of(m.type()), new BooleanLiteralExpr(pointerOnly)));
    }

    /**
     * A method of an interface type as reflect spells it: its name and signature without
     * parameter names ({@code M(main.T, ...int) (string, error)}), so that
     * {@code Type.Implements} can compare it with a method's descriptor.
     */
    static String interfaceMethod(dev.goloom.types.Func m) {
        Type.Signature sig = (Type.Signature) m.type();
        StringBuilder sb = new StringBuilder(m.name()).append('(');
        List<Var> params = sig.params().vars();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Type t = params.get(i).type();
            sb.append(sig.variadic() && i == params.size() - 1 ? "..." + ((Type.Slice) t).elem() : t.toString());
        }
        sb.append(')');
        List<Var> results = sig.results().vars();
        if (results.size() == 1) {
            sb.append(' ').append(results.getFirst().type());
        } else if (results.size() > 1) {
            sb.append(" (").append(String.join(", ", results.stream().map(v -> v.type().toString()).toList())).append(')');
        }
        return sb.toString();
    }

    /**
     * A package's path as run-time type information spells it: gc compiles every main package
     * as {@code main} (whatever its import path, "command-line-arguments" for files), so
     * reflect's PkgPath and the descriptors say "main".
     */
    static String linkPath(dev.goloom.types.Package p) {
        return p.name().equals("main") ? "main" : p.path();
    }

    /**
     * {@code .methods(C.class, List.of(new GoType.Method("M", sig, ptr), ...))} on the descriptor
     * expression {@code named}: the exported methods declared on {@code n} sorted by name (reflect's
     * Method(i)), and the Java class {@code declaringClass} that holds the descriptor.
     */
    Expression withMethods(Expression named, Type.Named n, String declaringClass) {
        NodeList<Expression> items = new NodeList<>();
        if (n.underlying() instanceof Type.Struct) {
            // With the promoted ones: the struct class has a forwarding method for each (InterfaceLowering).
            MethodSet.of(n).entries().stream().filter(e -> e.method().exported()).forEach(e ->
                    items.add(method(e.method(), e.pointerOnly())));
        } else {
            n.methods().stream().filter(m -> m.exported()).sorted(java.util.Comparator.comparing(m -> m.name())).forEach(m ->
                    items.add(method(m, dev.goloom.types.Lookup.pointerReceiver(m))));
        }
        return new MethodCallExpr(named, "methods", NodeList.nodeList(
                new com.github.javaparser.ast.expr.ClassExpr(new ClassOrInterfaceType(null, declaringClass)),
                new MethodCallExpr(new NameExpr("java.util.List"), "of", items)));
    }
}
