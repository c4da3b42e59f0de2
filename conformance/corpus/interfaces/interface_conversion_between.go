// Converting between interface types by assignment and assertion; static vs dynamic checks.
package main

import (
	"fmt"
	"io"
	"strings"
)

type RC struct{ *strings.Reader }

func (RC) Close() error { return nil }

func main() {
	var r io.Reader = strings.NewReader("data")
	_, isCloser := r.(io.Closer)
	fmt.Println(isCloser)
	var rc io.ReadCloser = RC{strings.NewReader("xyz")}
	r = rc // ReadCloser is assignable to Reader
	b := make([]byte, 2)
	n, _ := r.Read(b)
	fmt.Println(n, string(b))
	if c, ok := r.(io.Closer); ok {
		fmt.Println("close:", c.Close())
	}
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
}
