// Tests of adapting shim values (classes compiled before the program) to a program's interfaces.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InterfaceAdaptersTest {
    /** A program's interface, as the translator declares it ({@code Size} ends in _ like a keyword clash). */
    public interface Named {
        String Name();

        long Size_(long scale);
    }

    /** A shim-like class with the same methods that does not implement Named. */
    public static final class Thing {
        public String Name() {
            return "thing";
        }

        public long Size(long scale) {
            if (scale < 0) {
                throw new GoPanic("negative scale");
            }
            return 3 * scale;
        }
    }

    /** Implements Named itself: needs no adapter. */
    static final class Own implements Named {
        @Override public String Name() {
            return "own";
        }

        @Override public long Size_(long scale) {
            return scale;
        }
    }

    @Test
    void aShimValueIsCalledThroughItsMethodsByName() {
        Thing t = new Thing();
        Named n = InterfaceAdapters.adapt(t, Named.class);
        assertEquals("thing", n.Name());
        assertEquals(6L, n.Size_(2));
        assertSame(t, ((InterfaceAdapters.Adapted) n).adaptee());
        assertEquals(t.hashCode(), n.hashCode());
        // A panic in the method is the caller's panic, not a reflection wrapper.
        assertThrows(GoPanic.class, () -> n.Size_(-1));
        // Adapting an adapter again adapts the value itself.
        assertSame(t, ((InterfaceAdapters.Adapted) InterfaceAdapters.adapt(n, Named.class)).adaptee());
    }

    @Test
    void aValueThatImplementsTheInterfaceAndNilPassThrough() {
        Own o = new Own();
        assertSame(o, InterfaceAdapters.adapt(o, Named.class));
        assertNull(InterfaceAdapters.adapt(null, Named.class));
    }
}
