// Tests of the reflect shim against values printed by real Go 1.26 (the Go calls are in the comments).
package go.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.LongCell;
import dev.goloom.runtime.LongSlice;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReflectTest {
    /** A Go value of type t as an interface holds it. */
    private static Object iface(GoType t, Object repr) {
        return new Boxed(t, repr);
    }

    @Test
    void structTagLookupFollowsGosConvention() {
        String tag = "json:\"a,omitempty\" xml:\"b\"  k:\"esc\\\"aped\"";
        assertEquals("a,omitempty", Reflect.StructTag_Get(tag, "json"));                   // tag.Get("json")
        assertEquals("b", Reflect.StructTag_Lookup(tag, "xml").v0());                        // tag.Lookup("xml") → b true
        assertTrue(Reflect.StructTag_Lookup(tag, "xml").v1());
        assertEquals("esc\"aped", Reflect.StructTag_Get(tag, "k"));
        assertFalse(Reflect.StructTag_Lookup(tag, "missing").v1());                          // "" false
        assertFalse(Reflect.StructTag_Lookup("json:a", "json").v1());                       // malformed: "" false
    }

    @Test
    void sizesAndOffsetsFollowAmd64Layout() {
        GoType s1 = new GoType.Struct(List.of(new GoType.Field("a", GoType.INT8, false, ""),
                new GoType.Field("b", GoType.INT64, false, ""), new GoType.Field("c", GoType.INT8, false, "")));
        assertEquals(24, RType.of(s1).Size());                                                 // struct{a int8; b int64; c int8}
        GoType s2 = new GoType.Struct(List.of(new GoType.Field("a", GoType.INT64, false, ""),
                new GoType.Field("b", new GoType.Struct(List.of()), false, "")));
        assertEquals(16, RType.of(s2).Size());                                                 // a final zero-size field is padded
        GoType s3 = new GoType.Struct(List.of(new GoType.Field("a", GoType.INT8, false, ""),
                new GoType.Field("b", new GoType.Array(3, GoType.INT16), false, "")));
        assertEquals(2, RType.of(s3).Field(1).Offset);
    }

    @Test
    void typeNamesAndKinds() {
        GoType m = new GoType.Map(GoType.STRING, new GoType.Slice(new GoType.Pointer(GoType.INT)));
        assertEquals("map[string][]*int", RType.of(m).String());
        assertEquals("chan<- []string", RType.of(new GoType.Chan(1, new GoType.Slice(GoType.STRING))).String());
        assertEquals("func(...int) (string, error)", RType.of(new GoType.Func(List.of(new GoType.Slice(GoType.INT)),
                List.of(GoType.STRING, GoType.ERROR), true)).String());
        assertEquals("uintptr", Reflect.Kind_String(Kinds.UINTPTR));
        assertEquals("unsafe.Pointer", Reflect.Kind_String(Kinds.UNSAFE_POINTER));
        assertEquals("kind30", Reflect.Kind_String(30));
        assertEquals(Kinds.MAP, RType.of(m).Kind());
        // One RType per descriptor: reflect.Type values compare with ==.
        assertSame(Reflect.TypeOf(iface(m, GoMap.make())), Reflect.TypeOf(iface(m, GoMap.make())));
    }

    @Test
    void deepEqualRules() {
        assertFalse(Reflect.DeepEqual(Double.NaN, Double.NaN));
        GoType ints = new GoType.Slice(GoType.INT);
        assertFalse(Reflect.DeepEqual(iface(ints, LongSlice.NIL), iface(ints, LongSlice.of())));   // nil vs empty
        assertTrue(Reflect.DeepEqual(iface(ints, LongSlice.of(1, 2)), iface(ints, LongSlice.of(1, 2))));
        assertFalse(Reflect.DeepEqual(1L, iface(GoType.INT64, 1L)));                               // int vs int64
        assertTrue(Reflect.DeepEqual(null, null));
    }

    @Test
    void valuesSetThroughPointersOnly() {
        LongCell x = new LongCell(3);
        Value v = Reflect.ValueOf(iface(new GoType.Pointer(GoType.INT), x)).Elem();
        assertTrue(v.CanSet());
        v.SetInt(42);
        assertEquals(42, x.get());
        GoPanic p = assertThrows(GoPanic.class, () -> Reflect.ValueOf(3L).SetInt(1));
        assertEquals("reflect: reflect.Value.SetInt using unaddressable value", p.value().toString());
    }

    @Test
    void wrongKindPanicsWithValueError() {
        GoPanic p = assertThrows(GoPanic.class, () -> Reflect.ValueOf("s").Int());
        assertEquals("reflect: call of reflect.Value.Int on string Value", ((ValueError) p.value()).Error());
        GoPanic zero = assertThrows(GoPanic.class, () -> new Value().Type());
        assertEquals("reflect: call of reflect.Value.Type on zero Value", ((ValueError) zero.value()).Error());
    }
}
