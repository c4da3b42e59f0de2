// A class loader over class files held in memory (freshly compiled or read from the build cache).
package dev.goloom.build;

import java.util.Map;

public final class ClassBytesLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    public ClassBytesLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("goloom-program", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
    }
}
