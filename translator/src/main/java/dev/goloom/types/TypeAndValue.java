// What the checker records for each expression: its mode, type and constant value.
package dev.goloom.types;

import dev.goloom.constant.Constant;

/**
 * The result of checking one expression. {@code value} is non-null for constants.
 * {@code mode} says how the expression may be used.
 */
public record TypeAndValue(Mode mode, Type type, Constant value) {
    public enum Mode {
        /** A type expression. */
        TYPE,
        /** A constant. */
        CONSTANT,
        /** An addressable variable. */
        VARIABLE,
        /** A map index expression: assignable, not addressable; may be used with comma-ok. */
        MAPINDEX,
        /** A computed value. */
        VALUE,
        /** A call without result. */
        NOVALUE,
        /** A built-in function (only as the function of a call). */
        BUILTIN,
        /** A failed check: the error has been reported. */
        INVALID
    }

    public boolean isConstant() {
        return mode == Mode.CONSTANT;
    }
}
