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

    /**
     * A defined type; {@code underlying} is set once while the declaration is checked. A
     * generic type has {@code typeParams}; its instances ({@code List[int]}) are Named values
     * of their own whose {@code origin} is the generic type and whose underlying type and
     * methods are the origin's with the type arguments substituted, computed on first use
     * (a recursive generic type instantiates itself before its underlying type is known).
     */
    final class Named implements Type {
        private final TypeName obj;
        private Type underlying;
        private final List<Func> methods = new java.util.ArrayList<>();
        /** The type parameters of a generic type; empty for other types and for instances. */
        private List<TypeParam> typeParams = List.of();
        /** The generic type this is an instance of; this type itself when not an instance. */
        private final Named origin;
        /** The type arguments of an instance; empty otherwise. */
        private final List<Type> typeArgs;
        /** Set when the underlying type is final (an instance's origin must be complete first). */
        private boolean complete;
        /** The instances of a generic type created so far, so that identical instances are one object. */
        private final List<Named> instances = new java.util.ArrayList<>();
        /** An instance's methods, substituted from its origin's; rebuilt when the origin gains methods. */
        private List<Func> instanceMethods = List.of();

        public Named(TypeName obj, Type underlying) {
            this.obj = obj;
            this.underlying = underlying;
            this.origin = this;
            this.typeArgs = List.of();
        }

        private Named(Named origin, List<Type> typeArgs) {
            this.obj = origin.obj;
            this.origin = origin;
            this.typeArgs = List.copyOf(typeArgs);
        }

        public TypeName obj() { return obj; }
        /** The methods: declared ones, or for an instance its origin's, substituted. */
        public List<Func> methods() {
            if (origin == this) {
                return methods;
            }
            if (typeArgs.size() != origin.typeParams.size()) {
                return List.of(); // given the wrong number of type arguments (reported)
            }
            if (instanceMethods.size() != origin.methods.size()) {
                List<Func> out = new java.util.ArrayList<>();
                for (Func m : origin.methods) {
                    out.add(Func.instanceMethod(m, this, Subst.map(origin.typeParams, typeArgs)));
                }
                instanceMethods = List.copyOf(out);
            }
            return instanceMethods;
        }
        public List<TypeParam> typeParams() { return typeParams; }
        void setTypeParams(List<TypeParam> tps) { typeParams = List.copyOf(tps); }
        public Named origin() { return origin; }
        public List<Type> typeArgs() { return typeArgs; }
        /** A generic type not yet instantiated. */
        public boolean isGeneric() { return !typeParams.isEmpty() && origin == this; }
        /** An instance of a generic type. */
        public boolean isInstance() { return origin != this; }

        @Override public Type underlying() {
            if (origin != this && underlying == null) {
                if (!origin.complete || typeArgs.size() != origin.typeParams.size()) {
                    return dev.goloom.types.Universe.INVALID;
                }
                underlying = Subst.subst(origin.underlying, Subst.map(origin.typeParams, typeArgs));
            }
            return underlying;
        }
        void setUnderlying(Type t) { underlying = t; complete = true; }
        /** Whether the declaration has set the underlying type (false while it is being checked). */
        boolean isComplete() { return complete; }

        /**
         * The instance of this generic type with {@code args}, one object per distinct argument list.
         * A wrong number of arguments (an error reported by the caller) gives an instance whose
         * underlying type is invalid and which has no methods, as types2 makes one.
         */
        Named instance(List<Type> args) {
            for (Named n : instances) {
                boolean same = n.typeArgs.size() == args.size();
                for (int i = 0; i < args.size() && same; i++) {
                    same = Types.identical(n.typeArgs.get(i), args.get(i));
                }
                if (same) {
                    return n;
                }
            }
            Named n = new Named(this, args);
            instances.add(n);
            return n;
        }

        @Override public String toString() {
            Package pkg = obj.pkg();
            String name = Types.qualifies(pkg) ? pkg.name() + "." + obj.name() : obj.name();
            if (typeArgs.isEmpty()) {
                return name;
            }
            // types2's messages separate type arguments by ", " (reflect's names by ",": GenericInstances.goName).
            return name + "[" + String.join(", ", typeArgs.stream().map(Type::toString).toList()) + "]";
        }
    }

    /**
     * A type parameter: identical only to itself. Its constraint is set once the parameter
     * list is checked (parameters may refer to each other). Its underlying type is itself:
     * what operations it allows follows from its constraint's type set ({@link TypeSets}).
     */
    final class TypeParam implements Type {
        private final TypeName obj;
        /** Position in its parameter list. */
        private final int index;
        /** The constraint as written (an interface, possibly named, or an implicit interface{E}). */
        private Type constraint = dev.goloom.types.Universe.ANY;

        public TypeParam(TypeName obj, int index) {
            this.obj = obj;
            this.index = index;
        }

        public TypeName obj() { return obj; }
        public int index() { return index; }
        public Type constraint() { return constraint; }
        void setConstraint(Type t) { constraint = t; }
        /** The constraint's interface (empty when the constraint is invalid). */
        public Interface iface() {
            return constraint.underlying() instanceof Interface i ? i : dev.goloom.types.Universe.ANY;
        }
        @Override public String toString() { return obj.name(); }
    }

    /** A term of a type set: {@code T}, or {@code ~T} for every type whose underlying type is T. */
    record Term(boolean tilde, Type type) {
        @Override public String toString() { return (tilde ? "~" : "") + type; }
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

    /**
     * A function type; when {@code variadic}, the last parameter's type is a slice. A generic
     * function's signature has {@code typeParams}; calls instantiate it ({@link Instantiate}).
     */
    record Signature(Tuple params, Tuple results, boolean variadic, List<TypeParam> typeParams) implements Type {
        public Signature(Tuple params, Tuple results, boolean variadic) {
            this(params, results, variadic, List.of());
        }

        public boolean isGeneric() { return !typeParams.isEmpty(); }

        /** As types2 prints it: with the parameter and result names when declared ("func(yield func(int) bool)"). */
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("func");
            if (!typeParams.isEmpty()) {
                sb.append('[');
                for (int i = 0; i < typeParams.size(); i++) {
                    TypeParam tp = typeParams.get(i);
                    sb.append(i > 0 ? ", " : "").append(tp).append(' ').append(TypeSets.constraintString(tp.constraint()));
                }
                sb.append(']');
            }
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

    /**
     * An interface with its complete method set (embedded interfaces already expanded) and
     * its type set's terms: {@code terms} is null when the type set is not restricted by
     * terms (a basic interface), else the union of the terms (empty: no type at all);
     * {@code comparable} when {@code comparable} is embedded. Only basic interfaces may be
     * the types of values; the others are constraints.
     */
    record Interface(List<Func> methods, List<Term> terms, boolean comparable) implements Type {
        public Interface(List<Func> methods) {
            this(methods, null, false);
        }

        public boolean isEmpty() { return methods.isEmpty() && terms == null && !comparable; }
        /** A basic interface: its type set is defined by methods only. */
        public boolean isBasic() { return terms == null && !comparable; }

        @Override public String toString() {
            if (isEmpty()) return "interface {}";
            List<String> elems = new java.util.ArrayList<>();
            if (comparable) elems.add("comparable");
            elems.addAll(methods.stream().map(m -> m.name() + m.type().toString().substring(4)).toList());
            if (terms != null) elems.add(TypeSets.termsString(terms));
            return "interface {" + String.join("; ", elems) + "}";
        }
    }
}
