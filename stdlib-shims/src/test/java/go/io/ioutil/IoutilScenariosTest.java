// Runs the io/ioutil section of src/test/go/morecases on the shim and compares with what real Go printed.
package go.io.ioutil;

import static go.testsupport.TestIo.b;
import static go.testsupport.TestIo.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;
import go.io.fs.FileInfo;
import go.io.fs.Fs;
import go.os.File;
import go.os.Os;
import go.path.filepath.Filepath;
import go.strings.Strings;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** morecases/main.go's ioutilCases, statement for statement. */
class IoutilScenariosTest {
    private String dir;

    private String show(GoError err) {
        return err == null ? "<nil>" : err.Error().replace(dir, "DIR");
    }

    @Test
    void ioutil() {
        GoOut o = new GoOut();
        o.section("ioutil");
        Tuple2<String, GoError> td = Ioutil.TempDir("", "morecases-*");
        dir = td.v0();
        try {
            o.println(Filepath.Base(dir).startsWith("morecases-"));
            o.println(show(Ioutil.WriteFile(dir + "/b.txt", b("bee\n"), 0644)));
            o.println(show(Ioutil.WriteFile(dir + "/a.txt", b("hello"), 0600)));
            o.println(show(Os.Mkdir(dir + "/sub", 0755)));
            Tuple2<ByteSlice, GoError> data = Ioutil.ReadFile(dir + "/a.txt");
            o.printf("%q %d %s\n", s(data.v0()), data.v0().cap(), show(data.v1()));
            data = Ioutil.ReadFile(dir + "/missing");
            o.printf("%q %v %s\n", s(data.v0()), data.v0().isNil(), show(data.v1()));
            Tuple2<Slice<FileInfo>, GoError> infos = Ioutil.ReadDir(dir);
            for (long i = 0; i < infos.v0().len(); i++) {
                FileInfo fi = infos.v0().get(i);
                o.println(fi.Name(), fi.IsDir() || fi.Size() == fi.Name().length() - 1, fi.IsDir(), Fs.FileMode_String(fi.Mode()));
            }
            o.println(infos.v0().len(), show(infos.v1()));
            infos = Ioutil.ReadDir(dir + "/missing");
            o.println(infos.v0().len(), infos.v0().isNil(), show(infos.v1()));
            Tuple2<File, GoError> f = Ioutil.TempFile(dir, "t*.tmp");
            o.println(Filepath.Base(f.v0().Name()).startsWith("t"), f.v0().Name().endsWith(".tmp"), show(f.v1()));
            f.v0().Close();
            o.println(Errors.Is(Ioutil.TempFile(dir + "/missing", "x").v1(), Os.ErrNotExist));
            o.println(show(Ioutil.TempDir(dir, "a/b").v1()));
            Tuple2<ByteSlice, GoError> all = Ioutil.ReadAll(Strings.NewReader("read all of it"));
            o.printf("%q %d %s\n", s(all.v0()), all.v0().cap(), show(all.v1()));
            Tuple2<Long, GoError> n = Ioutil.Discard.Write(b("discarded"));
            o.println(n.v0(), n.v1());
            o.println(Ioutil.NopCloser(Strings.NewReader("x")).Close());
        } finally {
            Os.RemoveAll(dir);
        }
        assertEquals(GoldenText.section("morecases.txt", "ioutil"), o.text());
    }
}
