// The Go API of package syscall as goloom implements it so far (Linux/amd64 numbers and
// texts): process ids, the page size, signals and Kill (Java: go.syscall.Syscall; Signal is
// an int with static methods Syscall.Signal_<Name>). Errors are errnos (go.syscall.Errno)
// printed with Linux's texts; the Errno type itself is not declared here yet.
package syscall

// A Signal is a number describing a process signal.
type Signal int

func (s Signal) Signal()
func (s Signal) String() string

// Signals (Linux numbering).
const (
	SIGABRT   = Signal(0x6)
	SIGALRM   = Signal(0xe)
	SIGBUS    = Signal(0x7)
	SIGCHLD   = Signal(0x11)
	SIGCLD    = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGFPE    = Signal(0x8)
	SIGHUP    = Signal(0x1)
	SIGILL    = Signal(0x4)
	SIGINT    = Signal(0x2)
	SIGIO     = Signal(0x1d)
	SIGIOT    = Signal(0x6)
	SIGKILL   = Signal(0x9)
	SIGPIPE   = Signal(0xd)
	SIGPOLL   = Signal(0x1d)
	SIGPROF   = Signal(0x1b)
	SIGPWR    = Signal(0x1e)
	SIGQUIT   = Signal(0x3)
	SIGSEGV   = Signal(0xb)
	SIGSTKFLT = Signal(0x10)
	SIGSTOP   = Signal(0x13)
	SIGSYS    = Signal(0x1f)
	SIGTERM   = Signal(0xf)
	SIGTRAP   = Signal(0x5)
	SIGTSTP   = Signal(0x14)
	SIGTTIN   = Signal(0x15)
	SIGTTOU   = Signal(0x16)
	SIGUNUSED = Signal(0x1f)
	SIGURG    = Signal(0x17)
	SIGUSR1   = Signal(0xa)
	SIGUSR2   = Signal(0xc)
	SIGVTALRM = Signal(0x1a)
	SIGWINCH  = Signal(0x1c)
	SIGXCPU   = Signal(0x18)
	SIGXFSZ   = Signal(0x19)
)

func Getpid() (pid int)
func Getppid() (ppid int)
func Getpagesize() int

// Kill sends signal sig to process pid (0: only check that it exists and may be signalled).
func Kill(pid int, sig Signal) (err error)
