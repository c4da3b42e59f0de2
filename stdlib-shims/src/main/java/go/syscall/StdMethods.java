// The String method of syscall.Signal, registered with fmt when it first meets a Signal.
package go.syscall;

import dev.goloom.runtime.GoType;
import go.fmt.Methods;

/** Loaded by {@link Methods} the first time fmt prints a value of a named type of syscall. */
final class StdMethods {
    private StdMethods() {}

    static {
        Methods.string(GoType.shared("syscall", "syscall", "Signal", GoType.INT), v -> Syscall.Signal_String((Long) v));
    }
}
