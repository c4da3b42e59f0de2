// Generic code that gc accepts: type parameters, constraints, instantiation, inference, iterators.
package main

import "fmt"

// The shapes of iter.Seq and iter.Seq2 (declared here: the checker tests run against the
// installed standard-library API files, which may predate package iter).
type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

type Stringer interface {
	String() string
}

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

// A generic type with methods, used recursively.
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	value T
	next  *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{value: v, next: l.head}
	l.size++
}

func (l *List[T]) Len() int { return l.size }

func (l *List[T]) All() Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.value) {
				return
			}
		}
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[K, V] { return p }

func Enumerate[T any](xs []T) Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Tree[T interface{ Less(T) bool }] struct {
	root *Tree[T]
	val  T
}

type Vec []float64

func Scale[S ~[]E, E Number](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

func Convert[To, From Number](x From) To { return To(x) }

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

type IntAlias = List[int]

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

func Apply[T any, F ~func(T) T](x T, f F) T { return f(x) }

func Len[T ~string | ~[]byte](s T) int { return len(s) }

func First[T any, S ~[]T](s S) T { return s[0] }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Filter(Vec{1, -2, 3}, func(f float64) bool { return f > 0 }))
	fmt.Println(len(Keys(map[string]int{"a": 1})))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index[int](nil, 3))
	fmt.Println(Join([]Celsius{1, 2.5}, ", "))
	var l List[string]
	l.Push("a")
	l.Push("b")
	for v := range l.All() {
		fmt.Println(v, l.Len())
	}
	for i, v := range Enumerate([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	p := Pair[string, int]{"k", 1}
	fmt.Println(p.Swap().Key, p.Val)
	fmt.Println(Scale(Vec{1, 2}, 2))
	fmt.Println(Convert[int](2.0), Convert[float64, int](3))
	fmt.Println(Zero[int](), Zero[string]() == "", *Ptr(5))
	var a IntAlias
	a.Push(1)
	fmt.Println(a.Len())
	s := NewSet[int]()
	s.Add(4)
	fmt.Println(s.Has(4), s.Has(5))
	fmt.Println(Apply(3, func(x int) int { return x + 1 }))
	fmt.Println(Len("abc"), Len([]byte{1}))
	fmt.Println(First([]int{9, 8}))
	var t Tree[Celsius2]
	_ = t
	f := Max[int]
	fmt.Println(f(1, 2))
}

type Celsius2 float64

func (c Celsius2) Less(d Celsius2) bool { return c < d }
