// A Go package as the checker sees it: path, name and package scope.
package dev.goloom.types;

public final class Package {
    private final String path;
    private final String name;
    private final Scope scope = new Scope(Universe.SCOPE);

    public Package(String path, String name) {
        this.path = path;
        this.name = name;
    }

    public String path() { return path; }
    public String name() { return name; }
    public Scope scope() { return scope; }

    @Override public String toString() { return "package " + name + " (\"" + path + "\")"; }
}
