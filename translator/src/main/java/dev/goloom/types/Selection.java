// What a selector x.f denotes ("Selectors"): a field, a method value or a method expression.
package dev.goloom.types;

import java.util.List;

/**
 * The result of resolving {@code x.f} where x is not a package name, recorded in
 * {@link Info#selections}. {@code path} gives the indices of the embedded fields walked
 * through (the last entry is f's own index for fields; methods found through embedding
 * have the embedded fields' indices only). {@code indirect} says whether a pointer was
 * followed on the way.
 */
public record Selection(Kind kind, Type recv, Obj obj, List<Integer> path, boolean indirect) {
    public enum Kind {
        /** {@code x.f} is a struct field. */
        FIELD,
        /** {@code x.m} is a method bound to x. */
        METHOD_VALUE,
        /** {@code T.m} is a method expression: a function taking the receiver first. */
        METHOD_EXPR
    }
}
