// Naming rules from Go to Java: packages, classes and identifiers that must not clash.
package dev.goloom.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How Go names become Java names (DESIGN.md, "Mapping Go to Java"). Go identifiers stay as
 * written; a Java keyword, or a simple name that translated code itself refers to (such as
 * {@code String} or {@code Builtins}), gets a trailing {@code _}.
 */
public final class JavaNames {
    private JavaNames() {}

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "when", "_");

    /**
     * Names a Go identifier must not take in generated code: simple names of classes the code
     * uses unqualified (a local or field of that name would obscure the class), the package
     * classes of the standard shims and of a main package, generated members, and the methods
     * of java.lang.Object (a static method cannot hide them).
     */
    private static final Set<String> RESERVED = Set.of(
            "String", "Object", "Long", "Integer", "Short", "Byte", "Boolean", "Double", "Float", "Math",
            "Builtins", "GoProgram", "GoPanic", "GoError", "RuntimeError", "System", "Ints", "GoFloats",
            "Fmt", "Os", "Main", "initPackage", "initialized",
            "wait", "notify", "notifyAll", "getClass", "hashCode", "equals", "toString", "clone", "finalize");

    /**
     * A Go identifier as a Java identifier: a keyword or reserved name gets a trailing {@code _},
     * and so does a Go name that already ends in {@code _}, so that no two Go names meet.
     */
    public static String identifier(String goName) {
        if (KEYWORDS.contains(goName) || RESERVED.contains(goName) || goName.endsWith("_")) {
            return goName + "_";
        }
        return goName;
    }

    /**
     * The Java name of a member of a standard package's shim class: its Go name unless a Java
     * keyword (a shim method may be called {@code Ints} or {@code String}: qualified by its
     * class, nothing can hide it).
     */
    public static String shimMember(String goName) {
        return KEYWORDS.contains(goName) ? goName + "_" : goName;
    }

    /** Members that generated struct classes declare themselves. */
    private static final Set<String> GENERATED_MEMBERS = Set.of("copy", "set", "goType", "field", "TYPE", "ELEM",
            "wait", "notify", "notifyAll", "getClass", "hashCode", "equals", "toString", "clone", "finalize");

    /**
     * A Go field or method name as a Java member name: keywords, the methods of
     * java.lang.Object and the members goloom generates get a trailing {@code _}; class
     * names such as {@code String} are fine here (methods and fields do not obscure types).
     */
    public static String member(String goName) {
        if (KEYWORDS.contains(goName) || GENERATED_MEMBERS.contains(goName) || goName.endsWith("_")) {
            return goName + "_";
        }
        return goName;
    }

    /** The class holding a package's functions and variables: {@code strings} → {@code Strings}. */
    public static String packageClass(String goPackageName) {
        String name = goPackageName.substring(0, 1).toUpperCase(Locale.ROOT) + goPackageName.substring(1);
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    /**
     * The package class when the package declares types whose Java classes are named
     * {@code typeClasses}: a clash with one of them ({@code time} declares {@code Time})
     * gives the package class a trailing {@code _} ({@code Time_}). No type class can end in a
     * single {@code _} of its own ({@link #identifier} doubles a Go name's trailing {@code _}),
     * so the suffixed name is always free.
     */
    public static String packageClass(String goPackageName, Set<String> typeClasses) {
        String name = packageClass(goPackageName);
        return typeClasses.contains(name) ? name + "_" : name;
    }

    /**
     * The Java package of a Go import path: standard library {@code encoding/json} →
     * {@code go.encoding.json}; a module path {@code github.com/acme/geo} →
     * {@code com.github.acme.geo}; a program outside any module → its package name.
     */
    public static String javaPackage(String importPath, String goPackageName, boolean standard) {
        if (importPath.equals("command-line-arguments") || importPath.isEmpty()) {
            return segment(goPackageName);
        }
        String[] parts = importPath.split("/");
        List<String> out = new ArrayList<>();
        int from = 0;
        if (standard) {
            out.add("go");
        } else if (parts[0].contains(".")) {
            List<String> host = Arrays.asList(parts[0].split("\\."));
            Collections.reverse(host);
            host.forEach(h -> out.add(segment(h)));
            from = 1;
        }
        for (int i = from; i < parts.length; i++) {
            out.add(segment(parts[i]));
        }
        return String.join(".", out);
    }

    private static String segment(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
        if (cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0))) {
            cleaned = "_" + cleaned;
        }
        return KEYWORDS.contains(cleaned) ? cleaned + "_" : cleaned;
    }
}
