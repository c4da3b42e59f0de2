// Package container/list's functions (the package class is List_: the package also declares the type List).
package go.container.list;

/** Go's package {@code container/list}: its package-level functions (see docs/design.md on package class names). */
public final class List_ {
    private List_() {}

    /** {@code list.New()}: an initialized empty list. */
    public static List New() {
        return List.New();
    }
}
