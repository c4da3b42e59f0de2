// The Go API of package os as goloom implements it (Java: go.os.Os, go.os.File, ...). Only
// what the shim implements is declared. ModTime, Chdir, processes and signals are not yet.
package os

import (
	"io/fs"
	"time"
)


// Args hold the command-line arguments, starting with the program name.
var Args []string

// Portable analogs of some common system call errors (the values of io/fs's errors).
var (
	ErrInvalid    error // "invalid argument"
	ErrPermission error // "permission denied"
	ErrExist      error // "file already exists"
	ErrNotExist   error // "file does not exist"
	ErrClosed     error // "file already closed"
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// FileMode, FileInfo, DirEntry and PathError are io/fs's (Java: go.io.fs.*).
type (
	FileMode  = fs.FileMode
	FileInfo  = fs.FileInfo
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

// The defined file mode bits are io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string
func (e *SyscallError) Unwrap() error

// File represents an open file descriptor (Java: go.os.File).
type File struct {
	fd int
}

func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) Close() error
func (f *File) Sync() error
func (f *File) Stat() (FileInfo, error)
func (f *File) Name() string
func (f *File) Fd() uintptr

// Stdin, Stdout and Stderr are open Files pointing to the standard input, standard output
// and standard error file descriptors. Writes are unbuffered; reads go through the
// runtime's system-call hand-off.
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

// Exit causes the current program to exit with the given status code. Deferred
// functions are not run.
func Exit(code int)

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Environ() []string
func Getwd() (dir string, err error)
func TempDir() string
func Getpid() int
func Hostname() (name string, err error)

func IsNotExist(err error) bool
func IsExist(err error) bool
func IsPermission(err error) bool

func Open(name string) (*File, error)
func Create(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func Remove(name string) error
func RemoveAll(path string) error
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func Rename(oldpath, newpath string) error
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func ReadDir(name string) ([]DirEntry, error)


// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error)

// Chmod changes the mode of the named file to mode (goloom: the permission bits only).
func Chmod(name string, mode FileMode) error

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool

// UserCacheDir returns the default root directory to use for user-specific cached data.
func UserCacheDir() (string, error)

// UserConfigDir returns the default root directory to use for user-specific configuration data.
func UserConfigDir() (string, error)

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables.
func ExpandEnv(s string) string
