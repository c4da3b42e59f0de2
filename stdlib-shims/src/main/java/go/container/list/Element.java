// list.Element: an element of a doubly linked list, holding any Value.
package go.container.list;

/** Go's {@code *list.Element}. */
public final class Element implements dev.goloom.runtime.GoStruct<Element>, Cloneable {
    /** {@code list.Element}: fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("container/list", "list", "Element")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: the fields copied (a copied list shares its elements, as in Go). */
    @Override public Element copy() {
        try {
            return (Element) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Next and previous elements; the list's root closes the ring. */
    Element next;
    Element prev;
    /** The list this element belongs to, or null once removed. */
    List list;
    /** The value stored with this element. */
    public Object Value;

    public Element() {}

    Element(Object value) {
        this.Value = value;
    }

    /** The next list element or nil. */
    public Element Next() {
        Element p = next;
        if (list != null && p != list.root) {
            return p;
        }
        return null;
    }

    /** The previous list element or nil. */
    public Element Prev() {
        Element p = prev;
        if (list != null && p != list.root) {
            return p;
        }
        return null;
    }
}
