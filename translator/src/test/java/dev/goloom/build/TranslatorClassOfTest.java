// Tests of the package-class rule: a package class never takes the name of one of its package's types.
package dev.goloom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.diag.Pos;
import dev.goloom.types.Package;
import dev.goloom.types.TypeName;
import org.junit.jupiter.api.Test;

class TranslatorClassOfTest {
    private static Package withTypes(String path, String name, boolean shim, String... types) {
        Package p = new Package(path, name, shim);
        for (String t : types) {
            p.scope().insert(new TypeName(t, Pos.NONE, p, null));
        }
        return p;
    }

    @Test
    void aPackageWithoutAClashingTypeKeepsItsClassName() {
        assertEquals("go.strings.Strings", Translator.classOf(withTypes("strings", "strings", true, "Builder", "Reader"), true));
        assertEquals("go.sync.Sync", Translator.classOf(withTypes("sync", "sync", true, "Mutex"), true));
    }

    @Test
    void aTypeNamedLikeThePackageClassGivesThePackageClassATrailingUnderscore() {
        assertEquals("go.time.Time_", Translator.classOf(withTypes("time", "time", true, "Duration", "Time"), true));
        assertEquals("go.context.Context_", Translator.classOf(withTypes("context", "context", true, "Context"), true));
        assertEquals("com.example.shapes.Shapes_",
                Translator.classOf(withTypes("example.com/shapes", "shapes", false, "Shapes"), false));
    }

    @Test
    void typeNamesThatOnlyLookAlikeDoNotClash() {
        // A Go name ending in _ gets another _, so type Time_ is class Time__ and leaves Time_ free.
        assertEquals("go.time.Time", Translator.classOf(withTypes("time", "time", true, "Time_", "time"), true));
        // main's class: Main is a reserved name, so type Main is class Main_.
        assertEquals("main.Main", Translator.classOf(withTypes("command-line-arguments", "main", false, "Main"), false));
    }
}
