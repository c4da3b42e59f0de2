// A single nil element or argument: []any{nil}, []error{nil}, fmt.Println(nil), a variadic ...any with one nil.
package main

import (
	"errors"
	"fmt"
)

func count(xs ...any) int {
	n := 0
	for _, x := range xs {
		if x == nil {
			n++
		}
	}
	return len(xs)*10 + n
}

func main() {
	s := []any{nil}
	fmt.Println(len(s), s[0] == nil, s)
	e := []error{nil}
	fmt.Println(len(e), e[0] == nil, e)
	fmt.Println(nil)
	fmt.Print(nil, "\n")
	fmt.Println(count(nil), count(nil, nil), count(), count(nil...))
	fmt.Println(errors.Join(nil) == nil)
	var p []*int = []*int{nil}
	fmt.Println(len(p), p[0] == nil)
}
