// Generic code that gc accepts: generic containers, pointer-method constraints (PT interface{ *T; Set(string) }), local types in generic functions.
package main

import "fmt"

type Num interface{ ~int | ~float64 }

type Matrix[T Num] [][]T

func (m Matrix[T]) At(i, j int) T { return m[i][j] }

type Graph[N comparable, E any] struct {
	edges map[N][]E
}

func NewGraph[N comparable, E any]() *Graph[N, E] {
	return &Graph[N, E]{edges: map[N][]E{}}
}

func (g *Graph[N, E]) Add(n N, e E) { g.edges[n] = append(g.edges[n], e) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

type Lister[T any] interface {
	List() []T
}

type ints []int

func (i ints) List() []int { return i }

func Total[L Lister[int]](l L) int {
	t := 0
	for _, v := range l.List() {
		t += v
	}
	return t
}

func Local[T any](x T) T {
	type wrap struct{ v T }
	w := wrap{x}
	return w.v
}

func PtrTo[T any, PT interface{ *T }](x T) PT { return PT(&x) }

type Setter[T any] interface {
	*T
	Set(string)
}

type S struct{ s string }

func (s *S) Set(v string) { s.s = v }

func Make[T any, PT Setter[T]](v string) T {
	var t T
	PT(&t).Set(v)
	return t
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func SumAll[T Num](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	m := Matrix[float64]{{1, 2}, {3, 4}}
	fmt.Println(m.At(1, 0))
	g := NewGraph[string, int]()
	g.Add("a", 1)
	fmt.Println(len(g.edges))
	fmt.Println(Some(3).Or(4), Opt[string]{}.Or("d"))
	fmt.Println(Total(ints{1, 2}))
	fmt.Println(Local(5), *PtrTo(6))
	fmt.Println(Make[S]("x").s)
	fmt.Println(len(Keys(map[int]bool{1: true})))
	fmt.Println(SumAll(1, 2, 3), SumAll(1.5, 2), SumAll[int]())
	var xs []float64
	fmt.Println(SumAll(xs...))
}
