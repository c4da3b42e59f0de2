// A Go package as the checker sees it: path, name and package scope.
package dev.goloom.types;

public final class Package {
    private final String path;
    private final String name;
    private final Scope scope = new Scope(Universe.SCOPE);
    /** Whether goloom's standard-library shims implement this package (its API is partial). */
    private final boolean shim;

    public Package(String path, String name) {
        this(path, name, false);
    }

    public Package(String path, String name, boolean shim) {
        this.path = path;
        this.name = name;
        this.shim = shim;
    }

    /**
     * Whether this is a standard package that goloom ships as Go source and translates with
     * the program (slices, maps, cmp): its Java package is {@code go.<path>} like a shim's.
     */
    private boolean bundled;

    public boolean isShim() { return shim; }
    public boolean isBundled() { return bundled; }
    public void markBundled() { bundled = true; }

    public String path() { return path; }
    public String name() { return name; }
    public Scope scope() { return scope; }

    @Override public String toString() { return "package " + name + " (\"" + path + "\")"; }
}
