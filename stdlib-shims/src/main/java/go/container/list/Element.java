// list.Element: an element of a doubly linked list, holding any Value.
package go.container.list;

/** Go's {@code *list.Element}. */
public final class Element {
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
