// Tests of the syscall shim: signal texts and Kill's results (expected values from real Go on Linux/amd64).
package go.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyscallTest {
    @Test
    void signalTextsAreGos() {
        assertEquals("signal -1", Syscall.Signal_String(-1));
        assertEquals("signal 0", Syscall.Signal_String(0));
        assertEquals("hangup", Syscall.Signal_String(1));
        assertEquals("killed", Syscall.Signal_String(9));
        assertEquals("terminated", Syscall.Signal_String(15));
        assertEquals("child exited", Syscall.Signal_String(17));
        assertEquals("bad system call", Syscall.Signal_String(31));
        assertEquals("signal 32", Syscall.Signal_String(32));
        assertEquals("signal 65", Syscall.Signal_String(65));
    }

    @Test
    void killReportsLinuxErrnos() {
        assertNull(Syscall.Kill(Syscall.Getpid(), 0));
        assertSame(Errno.ESRCH, Syscall.Kill(4194305, 0)); // above the largest pid_max
        assertEquals("no such process", Syscall.Kill(4194305, 0).Error());
        assertSame(Errno.EINVAL, Syscall.Kill(Syscall.Getpid(), 99));
        assertSame(Errno.EINVAL, Syscall.Kill(Syscall.Getpid(), -1));
        assertNull(Syscall.Kill(Syscall.Getpid(), 17)); // SIGCHLD: ignored
    }

    @Test
    void processFacts() {
        assertEquals(ProcessHandle.current().pid(), Syscall.Getpid());
        assertTrue(Syscall.Getppid() > 0);
        long page = Syscall.Getpagesize();
        assertTrue(page >= 4096 && Long.bitCount(page) == 1, "page size " + page);
    }
}
