// A value method called through a nil pointer stored in an interface panics with the message
// of Go's pointer wrapper (when gc does not devirtualize the call: here the calls go through
// functions that are not inlined); a pointer method runs; a promoted value method
// dereferences nil.
package main

import "fmt"

type Point struct{ X int }

func (p Point) Get() int { return p.X }

func (p *Point) Name() string { return "point" }

type Level int

func (l Level) Get() int { return int(l) }

type Outer struct{ Point }

type Box[T any] struct{ v T }

func (b Box[T]) Get() int { return 1 }

type Getter interface{ Get() int }

type Namer interface{ Name() string }

//go:noinline
func get(g Getter) int { return g.Get() }

//go:noinline
func name(n Namer) string { return n.Name() }

func try(what string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(what+":", r, isErr)
	}()
	f()
}

func main() {
	var p *Point
	var l *Level
	var o *Outer
	try("struct", func() { fmt.Println(get(p)) })
	try("named int", func() { fmt.Println(get(l)) })
	try("promoted", func() { fmt.Println(get(o)) })
	var b *Box[string]
	try("generic", func() { fmt.Println(get(b)) })
	try("pointer method", func() { fmt.Println(name(p)) })
	try("non-nil", func() { fmt.Println(get(&Point{3}), get(new(Level)), get(&Outer{Point{4}})) })
}
