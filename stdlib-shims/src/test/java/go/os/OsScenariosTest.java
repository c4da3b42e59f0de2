// Runs the os scenarios of src/test/go/oscases on the shim (in a fresh temporary directory) and compares with real Go's output.
package go.os;

import static go.testsupport.TestIo.b;
import static go.testsupport.TestIo.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;
import go.io.Io;
import go.io.fs.DirEntry;
import go.io.fs.FileInfo;
import go.io.fs.Fs;
import go.io.fs.PathError;
import go.strings.Strings;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** oscases/main.go, statement for statement. */
class OsScenariosTest {
    /** The temporary directory, printed as DIR. */
    private String dir;

    private String show(GoError err) {
        return err == null ? "<nil>" : Strings.ReplaceAll(err.Error(), dir, "DIR");
    }

    @Test
    void scenarios() {
        GoOut o = new GoOut();
        Tuple2<String, GoError> tmp = Os.MkdirTemp("", "oscases-*");
        assertEquals(null, tmp.v1());
        dir = tmp.v0();
        try {
            run(o);
        } finally {
            Os.RemoveAll(dir);
        }
        assertEquals(GoldenText.read("oscases.txt"), o.text());
    }

    private void run(GoOut o) {
        String p = dir + "/a.txt";
        o.println("== files");
        o.println(show(Os.WriteFile(p, b("hello\nfile\n"), 0644)));
        Tuple2<ByteSlice, GoError> data = Os.ReadFile(p);
        o.printf("%q %d %d %s\n", s(data.v0()), data.v0().len(), data.v0().cap(), show(data.v1()));
        GoError err = Os.ReadFile(dir + "/missing").v1();
        o.println(show(err), Errors.Is(err, Os.ErrNotExist), Os.IsNotExist(err), Os.IsExist(err));
        if (err instanceof PathError pe) {
            o.println(pe.Op, Strings.ReplaceAll(pe.Path, dir, "DIR"), pe.Err);
        }
        err = Os.ReadFile(dir).v1();
        o.println(show(err));
        err = Os.Open(dir + "/missing").v1();
        o.println(show(err));
        Tuple2<File, GoError> created = Os.Create(dir + "/b.txt");
        o.println(show(created.v1()));
        File f = created.v0();
        Tuple2<Long, GoError> n = f.WriteString("0123456789");
        o.println(n.v0(), show(n.v1()));
        Tuple2<Long, GoError> off = f.Seek(3, Io.SeekStart);
        o.println(off.v0(), show(off.v1()));
        ByteSlice buf = ByteSlice.make(4);
        n = f.Read(buf);
        o.printf("%d %s %q\n", n.v0(), show(n.v1()), s(buf.slice(0, n.v0())));
        n = f.ReadAt(buf, 8);
        o.printf("%d %s %q\n", n.v0(), show(n.v1()), s(buf.slice(0, n.v0())));
        off = f.Seek(0, Io.SeekEnd);
        o.println(off.v0(), show(off.v1()));
        n = f.Read(buf);
        o.println(n.v0(), show(n.v1()));
        o.println(show(f.Close()));
        o.println(show(f.Close()));
        err = f.Write(b("x")).v1();
        o.println(show(err), Errors.Is(err, Os.ErrClosed));
        err = f.Read(buf).v1();
        o.println(show(err));
        err = Os.OpenFile(dir + "/b.txt", Os.O_WRONLY | Os.O_CREATE | Os.O_EXCL, 0600).v1();
        o.println(show(err), Os.IsExist(err), Errors.Is(err, Os.ErrExist));
        File af = Os.OpenFile(dir + "/b.txt", Os.O_WRONLY | Os.O_APPEND, 0).v0();
        af.WriteString("+app");
        af.Close();
        data = Os.ReadFile(dir + "/b.txt");
        o.printf("%q\n", s(data.v0()));
        File rf = Os.Open(dir + "/b.txt").v0();
        err = rf.Write(b("no")).v1();
        o.println(show(err));
        Tuple2<ByteSlice, GoError> all = Io.ReadAll(rf);
        o.printf("%q %s\n", s(all.v0()), show(all.v1()));
        rf.Close();

        o.println("== stat");
        Tuple2<FileInfo, GoError> st = Os.Stat(p);
        FileInfo fi = st.v0();
        o.println(fi.Name(), fi.Size(), fi.IsDir(), Fs.FileMode_String(fi.Mode()), Fs.FileMode_IsRegular(fi.Mode()),
                Fs.FileMode_String(Fs.FileMode_Perm(fi.Mode())), show(st.v1()));
        st = Os.Stat(dir);
        fi = st.v0();
        o.println(fi.IsDir(), Fs.FileMode_IsDir(fi.Mode()), Fs.FileMode_String(fi.Mode()).substring(0, 1), show(st.v1()));
        o.println(show(Os.Stat(dir + "/nope").v1()));
        o.println(show(Os.Lstat(dir + "/nope").v1()));

        o.println("== dirs");
        o.println(show(Os.Mkdir(dir + "/sub", 0755)));
        o.println(show(Os.Mkdir(dir + "/sub", 0755)));
        o.println(show(Os.MkdirAll(dir + "/sub/x/y/z", 0755)));
        o.println(show(Os.MkdirAll(dir + "/sub/x", 0755)));
        o.println(show(Os.MkdirAll(p + "/inside", 0755)));
        o.println(show(Os.WriteFile(dir + "/sub/x/f", ByteSlice.NIL, 0600)));
        Tuple2<Slice<DirEntry>, GoError> entries = Os.ReadDir(dir);
        for (long i = 0; i < entries.v0().len(); i++) {
            DirEntry e = entries.v0().get(i);
            o.print(e.Name(), " ", e.IsDir(), " ");
        }
        o.println(show(entries.v1()));
        o.println(show(Os.ReadDir(dir + "/nope").v1()));
        o.println(show(Os.Remove(dir + "/sub")));
        o.println(show(Os.Remove(dir + "/nope")));
        o.println(show(Os.RemoveAll(dir + "/sub")));
        o.println(show(Os.RemoveAll(dir + "/sub")));
        o.println(show(Os.Rename(p, dir + "/c.txt")));
        o.println(show(Os.Rename(p, dir + "/c.txt")));
        o.println(show(Os.Remove(dir + "/c.txt")));
        o.println(Os.ReadDir(dir).v0().len());

        o.println("== env");
        o.println(show(Os.Setenv("GOLOOM_TEST_VAR", "v1")));
        Tuple2<String, Boolean> v = Os.LookupEnv("GOLOOM_TEST_VAR");
        o.println(v.v0(), v.v1(), Os.Getenv("GOLOOM_TEST_VAR"));
        boolean found = false;
        Slice<String> env = Os.Environ();
        for (long i = 0; i < env.len(); i++) {
            if (env.get(i).equals("GOLOOM_TEST_VAR=v1")) {
                found = true;
            }
        }
        o.println(found);
        o.println(show(Os.Unsetenv("GOLOOM_TEST_VAR")));
        v = Os.LookupEnv("GOLOOM_TEST_VAR");
        o.printf("%q %v\n", v.v0(), v.v1());
        o.println(show(Os.Setenv("", "x")));
        Tuple2<String, GoError> wd = Os.Getwd();
        o.println(!wd.v0().isEmpty(), show(wd.v1()));
        o.println("end");
    }
}
