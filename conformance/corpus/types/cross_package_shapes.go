// Returning a multi-valued call whose results become interface values, interfaces declared in
// functions, a typed nil pointer dereferenced, and anonymous struct types shared with generic
// standard functions (their instances live in the standard package).
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Buffer int

func (b *Buffer) Read() string { return "read" }

type Reader interface{ Read() string }

func h() (*Buffer, bool) { return new(Buffer), true }

func i() (Reader, bool) { return h() }

func main() {
	r, ok := i()
	fmt.Println(r.Read(), ok)

	type Namer interface{ Name() string }
	var n Namer = named("local")
	fmt.Println(n.Name())
	seen := map[Namer]int{n: 1}
	fmt.Println(len(seen))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		*(*int)(nil) = 0
	}()

	set := map[string]struct{}{"b": {}, "a": {}}
	clone := maps.Clone(set)
	clone["c"] = struct{}{}
	fmt.Println(len(set), len(clone), slices.Sorted(maps.Keys(clone)))

	points := []struct{ X, Y int }{{3, 1}, {1, 2}, {2, 0}}
	slices.SortFunc(points, func(a, b struct{ X, Y int }) int { return a.X - b.X })
	fmt.Println(points, slices.Contains(points, struct{ X, Y int }{1, 2}))
}

type named string

func (n named) Name() string { return string(n) }
