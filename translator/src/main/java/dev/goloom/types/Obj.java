// Named language entities ("Declarations and scope"): what an identifier denotes.
package dev.goloom.types;

import dev.goloom.constant.Constant;
import dev.goloom.diag.Pos;

/** An object: a constant, type name, variable, function, package name, builtin, label or nil. */
public sealed interface Obj permits Const, TypeName, Var, Func, PkgName, Builtin, Nil {
    String name();
    Pos pos();
    /** The package the object belongs to; null for universe objects. */
    Package pkg();
    Type type();

    default boolean exported() {
        return !name().isEmpty() && Character.isUpperCase(name().codePointAt(0));
    }
}
