// The String methods of reflect.Kind and reflect.ChanDir, registered with fmt when it first meets one of them.
package go.reflect;

import go.fmt.Methods;

/** Loaded by {@link Methods} the first time fmt prints a value of a named non-struct type of package reflect. */
final class StdMethods {
    private StdMethods() {}

    static {
        Methods.string(Reflect.TYPE_Kind, v -> Reflect.Kind_String((Long) v));
        Methods.string(Reflect.TYPE_ChanDir, v -> Reflect.ChanDir_String((Long) v));
    }
}
