// Constraints with methods and with both methods and type sets; calling methods on type parameters.
package main

import (
	"fmt"
	"strconv"
)

type Stringish interface {
	~int | ~string
	String() string
}

type Code int

func (c Code) String() string { return "C" + strconv.Itoa(int(c)) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func Render[T Stringish](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

type Shower interface{ Show() string }

type Dot struct{}

func (Dot) Show() string { return "." }

func Repeat[S Shower](s S, n int) string {
	r := ""
	for range n {
		r += s.Show()
	}
	return r
}

func main() {
	fmt.Println(Render([]Code{1, 20}), Render([]Tag{"go", "java"}))
	fmt.Println(Repeat(Dot{}, 5))
}
