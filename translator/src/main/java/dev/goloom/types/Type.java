// Go types ("Types" in the spec), as the checker computes them.
package dev.goloom.types;

import java.util.List;

/**
 * A Go type. Types are compared with {@link Types#identical}; named types are identical only
 * to themselves, so {@link Named} uses identity equality.
 */
public sealed interface Type {

    /** The underlying type: the type itself for all but named types. */
    default Type underlying() {
        return this;
    }

    /** A predeclared basic type, or the type of an untyped constant. */
    record Basic(BasicKind kind, String name) implements Type {
        @Override public String toString() { return name; }
    }

    /** A defined type; {@code underlying} is set once while the declaration is checked. */
    final class Named implements Type {
        private final TypeName obj;
        private Type underlying;
        private final List<Func> methods = new java.util.ArrayList<>();

        public Named(TypeName obj, Type underlying) {
            this.obj = obj;
            this.underlying = underlying;
        }

        public TypeName obj() { return obj; }
        public List<Func> methods() { return methods; }
        @Override public Type underlying() { return underlying; }
        void setUnderlying(Type t) { underlying = t; }

        @Override public String toString() {
            Package pkg = obj.pkg();
            return Types.qualifies(pkg) ? pkg.name() + "." + obj.name() : obj.name();
        }
    }

    record Pointer(Type elem) implements Type {
        @Override public String toString() { return "*" + elem; }
    }

    record Slice(Type elem) implements Type {
        @Override public String toString() { return "[]" + elem; }
    }

    record Array(long len, Type elem) implements Type {
        @Override public String toString() { return "[" + len + "]" + elem; }
    }

    /**
     * A struct type: its fields in order ({@link Var#isField()}, embedded fields marked) and
     * their tags ("" when absent).
     */
    record Struct(List<Var> fields, List<String> tags) implements Type {
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("struct{");
            for (int i = 0; i < fields.size(); i++) {
                Var f = fields.get(i);
                sb.append(i > 0 ? "; " : "");
                if (!f.embedded()) {
                    sb.append(f.name()).append(' ');
                }
                sb.append(f.type());
                if (!tags.get(i).isEmpty()) {
                    sb.append(' ').append(dev.goloom.syntax.GoPrinter.quote(tags.get(i)));
                }
            }
            return sb.append('}').toString();
        }
    }

    /** The direction of a channel type. */
    enum ChanDir { BOTH, SEND, RECV }

    /** A channel type: {@code chan T}, {@code chan<- T} or {@code <-chan T}. */
    record Chan(ChanDir dir, Type elem) implements Type {
        @Override public String toString() {
            return switch (dir) {
                case BOTH -> "chan " + (elem instanceof Chan c && c.dir == ChanDir.RECV ? "(" + elem + ")" : elem);
                case SEND -> "chan<- " + elem;
                case RECV -> "<-chan " + elem;
            };
        }
    }

    record MapType(Type key, Type value) implements Type {
        @Override public String toString() { return "map[" + key + "]" + value; }
    }

    /** An ordered list of variables: parameters, results, or the values of a multi-value call. */
    record Tuple(List<Var> vars) implements Type {
        public static final Tuple EMPTY = new Tuple(List.of());
        public int size() { return vars.size(); }
        public Type at(int i) { return vars.get(i).type(); }
        @Override public String toString() {
            return "(" + String.join(", ", vars.stream().map(v -> v.type().toString()).toList()) + ")";
        }
    }

    /** A function type; when {@code variadic}, the last parameter's type is a slice. */
    record Signature(Tuple params, Tuple results, boolean variadic) implements Type {
        /** As types2 prints it: with the parameter and result names when declared ("func(yield func(int) bool)"). */
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("func");
            appendVars(sb, params, variadic);
            if (results.size() == 1 && results.vars().getFirst().name().isEmpty()) {
                sb.append(' ').append(results.at(0));
            } else if (results.size() > 0) {
                sb.append(' ');
                appendVars(sb, results, false);
            }
            return sb.toString();
        }

        private static void appendVars(StringBuilder sb, Tuple vars, boolean variadic) {
            sb.append('(');
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) sb.append(", ");
                String name = vars.vars().get(i).name();
                if (!name.isEmpty()) sb.append(name).append(' ');
                if (variadic && i == vars.size() - 1) {
                    sb.append("...").append(((Slice) vars.at(i)).elem());
                } else {
                    sb.append(vars.at(i));
                }
            }
            sb.append(')');
        }
    }

    /** An interface with its complete method set (embedded interfaces already expanded). */
    record Interface(List<Func> methods) implements Type {
        public boolean isEmpty() { return methods.isEmpty(); }
        @Override public String toString() {
            if (methods.isEmpty()) return "interface {}";
            return "interface {" + String.join("; ", methods.stream()
                    .map(m -> m.name() + m.type().toString().substring(4)).toList()) + "}";
        }
    }
}
