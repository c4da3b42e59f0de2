// A package after type checking: its files, side tables and package-variable init order.
package dev.goloom.types;

import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.Spec;
import java.util.List;

/**
 * The checker's output for one package. {@code initOrder} lists the package-level var specs
 * in the order their initializers run (dependencies first, then declaration order);
 * {@code specializer} checks a generic function's body again for given type arguments.
 */
public record CheckedPackage(Package pkg, List<GoFile> files, Info info, List<Spec.Value> initOrder,
                             Specializer specializer) {}
