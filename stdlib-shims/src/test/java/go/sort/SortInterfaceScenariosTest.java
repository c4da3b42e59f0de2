// Runs the sort.Interface scenarios of src/test/go/misccases and compares with real Go's output.
package go.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** misccases/main.go, statement for statement. */
class SortInterfaceScenariosTest {
    /** byLen: strings ordered by length. */
    record ByLen(String[] b) implements Interface {
        @Override public long Len() {
            return b.length;
        }

        @Override public boolean Less(long i, long j) {
            return b[(int) i].length() < b[(int) j].length();
        }

        @Override public void Swap(long i, long j) {
            String t = b[(int) i];
            b[(int) i] = b[(int) j];
            b[(int) j] = t;
        }

        @Override public String toString() {
            return "[" + String.join(" ", b) + "]";
        }
    }

    @Test
    void scenarios() {
        GoOut o = new GoOut();
        o.println("== sort.Interface");
        ByLen words = new ByLen(new String[] {"banana", "kiwi", "apple", "fig", "cherry", "date", "plum"});
        Sort.Stable(words);
        o.println(words.toString(), Sort.IsSorted(words));
        Sort.Stable(Sort.Reverse(words));
        o.println(words.toString(), Sort.IsSorted(words), Sort.IsSorted(Sort.Reverse(words)));
        Sort.Sort(words);
        o.println(words.toString());
        assertEquals(GoldenText.section("misccases.txt", "sort.Interface"), o.text());
    }
}
