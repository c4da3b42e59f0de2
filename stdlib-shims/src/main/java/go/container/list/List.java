// Package container/list: a doubly linked list; this class is both the package (list.New) and the type list.List.
package go.container.list;

/**
 * Go's {@code *list.List} and the package's function New (the package class and the type
 * share the Java name {@code List}). The zero value ({@code new List()}) is an empty list ready
 * to use, initialized lazily as in Go.
 *
 * <p>Invariant: the list is a ring through {@code root}: {@code root.next} is the front,
 * {@code root.prev} the back; {@code len} counts the elements, root excluded.
 */
public final class List implements dev.goloom.runtime.GoStruct<List>, Cloneable {
    /** {@code list.List}: fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("container/list", "list", "List")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: the fields copied (a copied list shares its elements, as in Go). */
    @Override public List copy() {
        try {
            return (List) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Sentinel element; only next and prev are used. */
    final Element root = new Element();
    /** Current list length, sentinel excluded. */
    private long len;

    public List() {}

    /** list.New: an initialized list. */
    public static List New() {
        return new List().Init();
    }

    /** Initializes or clears the list. */
    public List Init() {
        root.next = root;
        root.prev = root;
        len = 0;
        return this;
    }

    public long Len() {
        return len;
    }

    /** The first element, or nil. */
    public Element Front() {
        return len == 0 ? null : root.next;
    }

    /** The last element, or nil. */
    public Element Back() {
        return len == 0 ? null : root.prev;
    }

    private void lazyInit() {
        if (root.next == null) {
            Init();
        }
    }

    private Element insert(Element e, Element at) {
        e.prev = at;
        e.next = at.next;
        e.prev.next = e;
        e.next.prev = e;
        e.list = this;
        len++;
        return e;
    }

    private Element insertValue(Object v, Element at) {
        return insert(new Element(v), at);
    }

    private void remove(Element e) {
        e.prev.next = e.next;
        e.next.prev = e.prev;
        e.next = null; // avoid memory leaks
        e.prev = null;
        e.list = null;
        len--;
    }

    private void move(Element e, Element at) {
        if (e == at) {
            return;
        }
        e.prev.next = e.next;
        e.next.prev = e.prev;

        e.prev = at;
        e.next = at.next;
        e.prev.next = e;
        e.next.prev = e;
    }

    /** Removes e if it is an element of this list; returns e.Value. */
    public Object Remove(Element e) {
        if (e.list == this) {
            remove(e);
        }
        return e.Value;
    }

    public Element PushFront(Object v) {
        lazyInit();
        return insertValue(v, root);
    }

    public Element PushBack(Object v) {
        lazyInit();
        return insertValue(v, root.prev);
    }

    /** Inserts v before mark; nil if mark is not an element of this list. */
    public Element InsertBefore(Object v, Element mark) {
        if (mark.list != this) {
            return null;
        }
        return insertValue(v, mark.prev);
    }

    public Element InsertAfter(Object v, Element mark) {
        if (mark.list != this) {
            return null;
        }
        return insertValue(v, mark);
    }

    public void MoveToFront(Element e) {
        if (e.list != this || root.next == e) {
            return;
        }
        move(e, root);
    }

    public void MoveToBack(Element e) {
        if (e.list != this || root.prev == e) {
            return;
        }
        move(e, root.prev);
    }

    public void MoveBefore(Element e, Element mark) {
        if (e.list != this || e == mark || mark.list != this) {
            return;
        }
        move(e, mark.prev);
    }

    public void MoveAfter(Element e, Element mark) {
        if (e.list != this || e == mark || mark.list != this) {
            return;
        }
        move(e, mark);
    }

    /** Inserts a copy of other at the back (other may be this list). */
    public void PushBackList(List other) {
        lazyInit();
        long i = other.Len();
        for (Element e = other.Front(); i > 0; i--, e = e.Next()) {
            insertValue(e.Value, root.prev);
        }
    }

    /** Inserts a copy of other at the front (other may be this list). */
    public void PushFrontList(List other) {
        lazyInit();
        long i = other.Len();
        for (Element e = other.Back(); i > 0; i--, e = e.Prev()) {
            insertValue(e.Value, root);
        }
    }
}
