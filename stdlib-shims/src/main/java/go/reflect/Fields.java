// Struct fields for reflect: reading a field's representation and writing a field of an addressable struct.
package go.reflect;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A translated struct class declares one Java field per Go field, in Go's order, before any
 * other instance field (StructLowering); reading a copy goes through {@link GoStruct#field}, while
 * an addressable field (a variable) is read and written through Java reflection on those fields,
 * so that nested structs and arrays are the live objects, not copies.
 */
final class Fields {
    private Fields() {}

    /** Struct class → its instance fields in declaration order. */
    private static final ConcurrentHashMap<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    private static Field[] fieldsOf(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            List<Field> out = new ArrayList<>();
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
            return out.toArray(new Field[0]);
        });
    }

    /** Field {@code i} of struct value {@code struct} (a copy for struct and array fields). */
    static Object get(GoType.Struct st, Object struct, int i) {
        GoType ft = st.fields().get(i).type();
        Object iface = ((GoStruct<?>) struct).field(i);
        return ft.kind() == GoType.Kind.INTERFACE ? iface : Reprs.payload(iface);
    }

    /** Field {@code i} of struct object {@code struct} itself (nested structs and arrays not copied). */
    static Object getLive(Object struct, int i) {
        try {
            return fieldsOf(struct.getClass())[i].get(struct);
        } catch (IllegalAccessException | ArrayIndexOutOfBoundsException e) {
            throw Reflect.unsupported("field " + i + " of " + struct.getClass().getName() + " through reflect");
        }
    }

    /** Stores representation {@code v} into field {@code i} of struct object {@code struct}. */
    static void set(Object struct, int i, Object v) {
        try {
            fieldsOf(struct.getClass())[i].set(struct, v);
        } catch (IllegalAccessException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw Reflect.unsupported("setting field " + i + " of " + struct.getClass().getName() + " through reflect");
        }
    }

    /** {@code *p = v} for a struct pointer p. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void assign(GoStruct p, Object v) {
        p.set((GoStruct) v);
    }
}
