// The Go API of package io as goloom implements it so far (Java: go.io.*).
package io

// Writer is the interface that wraps the basic Write method (Java: go.io.Writer).
type Writer interface {
	Write(p []byte) (n int, err error)
}
