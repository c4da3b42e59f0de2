// Generic type aliases (Go 1.24) and aliases of instantiated generic types.
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type IntSet = Set[int]
type Lookup[T comparable] = Set[T]

func main() {
	s := IntSet{}
	s.Add(3)
	fmt.Println(s.Has(3), s.Has(4), len(s))
	l := Lookup[string]{}
	l.Add("x")
	var same Set[string] = l
	fmt.Println(same.Has("x"))
	fmt.Printf("%T %T\n", s, l)
}
