// The one place that reaches into the JDK's internals: virtual threads on our own carriers.
package dev.goloom.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;

/**
 * JDK 25 has no public API for a virtual-thread scheduler, but
 * {@code java.lang.ThreadBuilders$VirtualThreadBuilder} has a package-private constructor
 * taking an {@link Executor}: the executor then receives each thread's continuation task once
 * per mount. It is reachable when {@code java.lang} is opened to us
 * ({@code --add-opens java.base/java.lang=ALL-UNNAMED}); otherwise goroutines run on the
 * JDK's default scheduler and one line on standard error says so.
 * {@code Thread.currentCarrierThread()} tells which carrier a goroutine is mounted on.
 */
final class VirtualThreads {
    private VirtualThreads() {}

    /** {@code new VirtualThreadBuilder(Executor)}, or null when java.lang is not open to us. */
    private static final MethodHandle BUILDER_WITH_EXECUTOR;
    /** {@code Thread.currentCarrierThread()}, or null when java.lang is not open to us. */
    private static final MethodHandle CURRENT_CARRIER;
    /** Why the internals are unreachable, for the warning; null when they are reachable. */
    private static final String UNAVAILABLE;

    static {
        MethodHandle builder = null;
        MethodHandle carrier = null;
        String why = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
            Class<?> builderClass = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            builder = lookup.findConstructor(builderClass, MethodType.methodType(void.class, Executor.class))
                    .asType(MethodType.methodType(Thread.Builder.OfVirtual.class, Executor.class));
            carrier = lookup.findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            builder = null;
            carrier = null;
            why = e.getClass().getSimpleName();
        }
        BUILDER_WITH_EXECUTOR = builder;
        CURRENT_CARRIER = carrier;
        UNAVAILABLE = why;
    }

    /** Whether goroutines can run on carriers of our own. */
    static boolean customSchedulerAvailable() {
        return BUILDER_WITH_EXECUTOR != null && !Boolean.getBoolean("goloom.defaultScheduler");
    }

    /** The one-line warning printed when we fall back to the JDK's default scheduler. */
    static String fallbackWarning() {
        return "goloom: java.lang is not open to goloom (" + UNAVAILABLE
                + "); goroutines run on the JDK's default scheduler: add --add-opens java.base/java.lang=ALL-UNNAMED\n";
    }

    /** A builder of virtual threads whose continuations run on {@code scheduler}. */
    static Thread.Builder.OfVirtual builder(Executor scheduler) {
        try {
            return (Thread.Builder.OfVirtual) BUILDER_WITH_EXECUTOR.invokeExact(scheduler);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot create a virtual-thread builder", t);
        }
    }

    /** The platform thread the current thread runs on (itself when it is not virtual). */
    static Thread currentCarrier() {
        if (CURRENT_CARRIER == null) {
            return Thread.currentThread();
        }
        try {
            return (Thread) CURRENT_CARRIER.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
