// Recursive defined types: func, chan, map and pointer types that name themselves, generic too.
package main

import "fmt"

type F func(int) F

type State func() State

type C chan C

type Src[T any] func() Src[T]

func counter(n int) F {
	return func(k int) F {
		fmt.Println("at", n, "+", k)
		return counter(n + k)
	}
}

func start() State { fmt.Println("start"); return middle }
func middle() State { fmt.Println("middle"); return nil }

func gen[T any](v T) Src[T] {
	return func() Src[T] { fmt.Println("src", v); return gen(v) }
}

func mainFuncs() {
	f := counter(0)
	f = f(1)
	f(2)(3)
	for s := State(start); s != nil; {
		s = s()
	}
	c := make(C, 1)
	c <- c
	d := <-c
	fmt.Println(d == c, len(c))
	g := gen("x")
	g()()
}

type M map[string]M
type P *P

type A []B
type B int

func main() {
	mainFuncs()
	m := M{"a": M{"b": nil}}
	fmt.Println(len(m), m)
	var p P
	p = &p
	fmt.Println(p == *p)
	fmt.Printf("%T %v\n", A{1, 2}, A{1, 2})
}
