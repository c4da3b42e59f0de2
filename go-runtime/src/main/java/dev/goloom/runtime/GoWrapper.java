// Marks generated methods that only forward a call (promoted and nil-receiver forwarders): recover looks through them.
package dev.goloom.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A generated method that only forwards to a Go method (a method promoted through an embedded
 * field, the instance form of a method that runs on nil receivers). Go's own wrappers are
 * invisible to recover; {@link Defer#recover()} skips frames of methods carrying this
 * annotation, and of {@code Boxed} subclasses (interface forwarders), when it looks for the
 * deferred call.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GoWrapper {
}
