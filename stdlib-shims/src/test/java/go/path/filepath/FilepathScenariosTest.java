// Runs the path/filepath section of src/test/go/morecases on the shim and compares with what real Go printed.
package go.path.filepath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Tuple2;
import go.os.Os;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** morecases/main.go's filepathCases, statement for statement. */
class FilepathScenariosTest {
    @Test
    void filepath() {
        GoOut o = new GoOut();
        o.section("filepath");
        for (String p : new String[] {"", ".", "/", "//a//b/", "a/./b/../../..", "../a/../../b", "/../x", "a/b/c/../../d", "abc/."}) {
            o.printf("%q %q %q %q %q\n", Filepath.Clean(p), Filepath.Base(p), Filepath.Dir(p), Filepath.Ext(p), Filepath.IsAbs(p));
        }
        o.println(Filepath.Join("a", "", "b/", "../c"), Filepath.Join("", ""), Filepath.Join("/", "x"));
        Tuple2<String, String> split = Filepath.Split("a/b/c.go");
        o.println(split.v0(), split.v1());
        String[][] rels = {{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {".", "x/y"}, {"a/b", "/c"}, {"../a", "b"}, {"/", "/a"}};
        for (String[] c : rels) {
            Tuple2<String, GoError> r = Filepath.Rel(c[0], c[1]);
            o.printf("%q %v\n", r.v0(), r.v1());
        }
        GoType strings = new GoType.Slice(GoType.STRING);
        o.printf("%q %q\n", new Boxed(strings, Filepath.SplitList("/bin::/usr/bin")), new Boxed(strings, Filepath.SplitList("")));
        o.println(Filepath.IsLocal("a/b"), Filepath.IsLocal("../a"), Filepath.IsLocal("/a"), Filepath.IsLocal(""));
        String root = Os.MkdirTemp("", "walk").v0();
        try {
            Os.MkdirAll(root + "/b/skip", 0755);
            Os.MkdirAll(root + "/a", 0755);
            Os.WriteFile(root + "/a/1.txt", dev.goloom.runtime.ByteSlice.NIL, 0644);
            Os.WriteFile(root + "/b/skip/2.txt", dev.goloom.runtime.ByteSlice.NIL, 0644);
            Os.WriteFile(root + "/c.txt", dev.goloom.runtime.ByteSlice.NIL, 0644);
            GoError err = Filepath.WalkDir(root, (path, d, e) -> {
                o.println(Filepath.Rel(root, path).v0(), d.IsDir(), e);
                return d.Name().equals("skip") ? Filepath.SkipDir : null;
            });
            o.println(err);
            err = Filepath.WalkDir(root + "/none", (path, d, e) -> {
                o.println(d == null, e.Error().replace(root, "ROOT"));
                return e;
            });
            o.println(err.Error().replace(root, "ROOT"));
        } finally {
            Os.RemoveAll(root);
        }
        assertEquals(GoldenText.section("morecases.txt", "filepath"), o.text());
    }
}
