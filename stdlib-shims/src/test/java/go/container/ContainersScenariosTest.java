// Runs the container/heap and container/list scenarios of src/test/go/misccases and compares with real Go's output.
package go.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import go.container.heap.Heap;
import go.container.list.Element;
import go.container.list.List;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** misccases/main.go, statement for statement. */
class ContainersScenariosTest {
    /** item: a name and a priority. */
    static final class Item {
        final String name;
        long prio;

        Item(String name, long prio) {
            this.name = name;
            this.prio = prio;
        }
    }

    /** pq: a min-heap of items by priority, as the Go program's *pq. */
    static final class Pq implements go.container.heap.Interface {
        final ArrayList<Item> q = new ArrayList<>();

        @Override public long Len() {
            return q.size();
        }

        @Override public boolean Less(long i, long j) {
            return q.get((int) i).prio < q.get((int) j).prio;
        }

        @Override public void Swap(long i, long j) {
            Item t = q.get((int) i);
            q.set((int) i, q.get((int) j));
            q.set((int) j, t);
        }

        @Override public void Push(Object x) {
            q.add((Item) x);
        }

        @Override public Object Pop() {
            return q.remove(q.size() - 1);
        }

        String names() {
            return q.stream().map(it -> it.name + it.prio).collect(Collectors.joining(" ", "[", "]"));
        }
    }

    private static void printList(GoOut o, List l) {
        for (Element e = l.Front(); e != null; e = e.Next()) {
            o.print(e.Value, " ");
        }
        o.print("| ");
        for (Element e = l.Back(); e != null; e = e.Prev()) {
            o.print(e.Value, " ");
        }
        o.println(l.Len());
    }

    @Test
    void heap() {
        GoOut o = new GoOut();
        o.println("== container/heap");
        Pq q = new Pq();
        String[] names = {"a", "b", "c", "d", "e", "f", "g"};
        long[] prios = {5, 3, 5, 1, 3, 9, 1};
        for (int i = 0; i < names.length; i++) {
            q.q.add(new Item(names[i], prios[i]));
        }
        Heap.Init(q);
        o.println(q.names());
        Heap.Push(q, new Item("h", 0));
        Heap.Push(q, new Item("i", 5));
        o.println(q.names());
        q.q.get(3).prio = 10;
        Heap.Fix(q, 3);
        o.println(q.names());
        Item it = (Item) Heap.Remove(q, 2);
        o.println(it.name, it.prio, q.names());
        while (q.Len() > 0) {
            Item p = (Item) Heap.Pop(q);
            o.print(p.name, p.prio, " ");
        }
        o.println();
        assertEquals(GoldenText.section("misccases.txt", "container/heap"), o.text());
    }

    @Test
    void list() {
        GoOut o = new GoOut();
        o.println("== container/list");
        List l = List.New();
        Element e4 = l.PushBack(4L);
        Element e1 = l.PushFront(1L);
        l.InsertBefore(3L, e4);
        l.InsertAfter(2L, e1);
        printList(o, l);
        l.MoveToBack(e1);
        l.MoveToFront(e4);
        printList(o, l);
        l.MoveBefore(e1, e4);
        l.MoveAfter(e4, l.Back());
        printList(o, l);
        Object r1 = l.Remove(e4);
        Object r2 = l.Remove(e4);
        o.println(r1, r2);
        printList(o, l);
        List other = new List();
        other.PushBack("x");
        other.PushBack("y");
        l.PushBackList(other);
        l.PushFrontList(l);
        printList(o, l);
        o.println(l.InsertBefore(9L, other.Front()) == null, e4.Next() == null, e4.Prev() == null);
        l.Init();
        printList(o, l);
        assertEquals(GoldenText.section("misccases.txt", "container/list"), o.text());
    }
}
