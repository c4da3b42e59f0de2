// errors.New identity, errors.Is through wrapping, errors.As to a custom type, sentinel errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(path string) error {
	return &PathError{path, ErrNotFound}
}

func main() {
	fmt.Println(errors.New("x") == errors.New("x"))
	err := find("/tmp/x")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Is(err, io.EOF))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path)
	}
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.As(wrapped, &pe))
	_, ferr := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(ferr, fs.ErrNotExist), errors.Is(ferr, os.ErrNotExist))
	var ope *fs.PathError
	fmt.Println(errors.As(ferr, &ope), ope.Op, ope.Path)
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(ErrNotFound) == nil)
}
