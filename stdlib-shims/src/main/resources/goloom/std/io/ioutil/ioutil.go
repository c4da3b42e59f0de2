// The Go API of package io/ioutil as goloom implements it (Java: go.io.ioutil.Ioutil). Every
// function is the io or os function Go 1.16+ forwards it to.
package ioutil

import (
	"io"
	"io/fs"
	"os"
)

// Discard is an io.Writer on which all Write calls succeed without doing anything.
var Discard io.Writer

// ReadAll reads from r until an error or EOF and returns the data it read.
func ReadAll(r io.Reader) ([]byte, error)

// ReadFile reads the file named by filename and returns the contents.
func ReadFile(filename string) ([]byte, error)

// WriteFile writes data to a file named by filename, creating it with perm if needed.
func WriteFile(filename string, data []byte, perm fs.FileMode) error

// ReadDir reads the directory named by dirname and returns a list of fs.FileInfo for the
// directory's contents, sorted by filename.
func ReadDir(dirname string) ([]fs.FileInfo, error)

// NopCloser returns a ReadCloser with a no-op Close method wrapping the provided Reader r.
func NopCloser(r io.Reader) io.ReadCloser

// TempFile creates a new temporary file in the directory dir (os.CreateTemp).
func TempFile(dir, pattern string) (f *os.File, err error)

// TempDir creates a new temporary directory in the directory dir (os.MkdirTemp).
func TempDir(dir, pattern string) (name string, err error)
