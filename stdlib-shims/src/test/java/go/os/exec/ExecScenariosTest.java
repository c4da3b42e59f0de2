// Runs the os/exec section of src/test/go/morecases on the shim and compares with what real Go printed.
package go.os.exec;

import static go.testsupport.TestIo.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import go.bytes.Buffer;
import go.context.Context_;
import go.errors.Errors;
import go.strings.Strings;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** morecases/main.go's execCases, statement for statement (needs sh, cat, true and sleep, as Go's does). */
class ExecScenariosTest {
    @Test
    void exec() {
        GoOut o = new GoOut();
        o.section("exec");
        Tuple2<ByteSlice, GoError> out = Exec.Command("sh", "-c", "echo out; echo err >&2; exit 3").CombinedOutput();
        o.printf("%q %v\n", s(out.v0()), out.v1());
        ExitError ee = (ExitError) out.v1();
        o.println(true, ee.ExitCode(), ee.Exited(), ee.Success(), ee.String());
        out = Exec.Command("sh", "-c", "echo out; echo err >&2; exit 1").Output();
        o.printf("%q %v %q\n", s(out.v0()), out.v1(), s(((ExitError) out.v1()).Stderr));
        Cmd cmd = Exec.Command("sh", "-c", "cat; echo \"$FOO\"; pwd");
        cmd.Stdin = Strings.NewReader("from stdin\n");
        Buffer stdout = new Buffer();
        Buffer stderr = new Buffer();
        cmd.Stdout = stdout;
        cmd.Stderr = stderr;
        cmd.Env = Slice.of(ElemType.STRING, "FOO=first", "FOO=second");
        cmd.Dir = "/";
        GoError runErr = cmd.Run();
        o.printf("%v %q %q\n", runErr, stdout.String(), stderr.String());
        o.println(cmd.Run());
        o.println(cmd.Wait());
        Cmd c2 = Exec.Command("true");
        o.println(c2.Wait());
        c2.Stdout = stdout;
        o.println(c2.Output().v1());
        Cmd c3 = Exec.Command("true");
        c3.Stderr = stderr;
        o.println(c3.CombinedOutput().v1());
        GoError err = Exec.Command("no-such-program-goloom").Output().v1();
        o.println(err, Errors.Is(err, Exec.ErrNotFound), err instanceof Error, ((Error) err).Name);
        o.println(Exec.LookPath("/no/such/file").v1());
        Tuple2<String, GoError> p = Exec.LookPath("sh");
        o.println(p.v0().endsWith("/sh"), p.v1());
        o.println(Exec.Command("sh", "-c", "exit 0").String().equals(p.v0() + " -c exit 0"));
        o.println(Exec.Command("no-such-program-goloom", "a", "b").String());
        var ctx = Context_.WithCancel(Context_.Background());
        ctx.v1().call();
        o.println(Exec.CommandContext(ctx.v0(), "sleep", "10").Run());
        var ctx2 = Context_.WithTimeout(Context_.Background(), 50_000_000L);
        o.println(Exec.CommandContext(ctx2.v0(), "sleep", "10").Run());
        ctx2.v1().call();
        cmd = Exec.Command("sh", "-c", "exit 0");
        cmd.Dir = "/no/such/dir";
        o.println(cmd.Run());
        assertEquals(GoldenText.section("morecases.txt", "exec"), o.text());
    }
}
