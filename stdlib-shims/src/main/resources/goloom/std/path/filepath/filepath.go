// The Go API of package path/filepath as goloom implements it (Java: go.path.filepath.Filepath),
// for Unix paths. Glob, Match, EvalSymlinks, Walk and VolumeName are not implemented yet.
package filepath

import "io/fs"

const (
	Separator     = '/' // OS-specific path separator
	ListSeparator = ':' // OS-specific path list separator
)

// SkipDir is used as a return value from WalkDirFuncs to indicate that the directory named
// in the call is to be skipped.
var SkipDir error

// SkipAll is used as a return value from WalkDirFuncs to indicate that all remaining files
// and directories are to be skipped.
var SkipAll error

func Clean(path string) string
func Join(elem ...string) string
func Split(path string) (dir, file string)
func Base(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Abs(path string) (string, error)
func Rel(basepath, targpath string) (string, error)
func SplitList(path string) []string
func ToSlash(path string) string
func FromSlash(path string) string
func IsLocal(path string) bool

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in the
// tree, including root, in lexical order.
func WalkDir(root string, fn func(path string, d fs.DirEntry, err error) error) error

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error

// Match reports whether name matches the shell file name pattern.
func Match(pattern, name string) (matched bool, err error)

// Glob returns the names of all files matching pattern or nil if there is no matching file.
func Glob(pattern string) (matches []string, err error)
