// More generic code that gc accepts: method values, generic interfaces, aliases, type switches, builtins on type sets.
package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Getter[T any] interface {
	Get() T
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T       { return b.v }
func (b *Box[T]) Set(v T)     { b.v = v }
func (b Box[T]) Map(f func(T) T) Box[T] { return Box[T]{f(b.v)} }

func Read[T any](g Getter[T]) T { return g.Get() }

type Named struct {
	Box[string]
	n int
}

type Alias[T any] = Box[T]

type StringerInt interface {
	~int
	String() string
}

type Code int

func (c Code) String() string { return fmt.Sprint(int(c)) }

func Show[T StringerInt](x T) string { return x.String() + fmt.Sprint(int(x)+1) }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int"
	case string:
		return "string " + v
	case T:
		return "T"
	}
	return "?"
}

func Smallest[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return max(m, xs[0]) // same as m when m is the smallest... (checks max on T)
}

func Reset[M ~map[K]V, K comparable, V any](m M) { clear(m) }

func Bytes[S ~string](s S) []byte { return []byte(s) }

func Count[T any](n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Count[T](n-1)
}

// Calls itself with arguments of its own parameter types: inference binds E to E.
func Reverse[E any](s []E, i int) {
	if i >= len(s)/2 {
		return
	}
	s[i], s[len(s)-1-i] = s[len(s)-1-i], s[i]
	Reverse(s, i+1)
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for e := range c {
		out = append(out, e)
	}
	return out
}

func Adder[T ~int | ~float64](base T) func(T) T {
	return func(x T) T { return base + x }
}

func Fold[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Equal[T comparable](a, b T) bool { return a == b }

func Larger[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var b Box[int]
	b.Set(3)
	set := b.Set
	set(4)
	get := Box[int].Get
	fmt.Println(get(b), Read[int](b), Read(Getter[int](b)))
	fmt.Println(b.Map(func(x int) int { return x * 2 }).Get())
	n := Named{Box[string]{"s"}, 1}
	fmt.Println(n.Get(), n.v, n.n)
	var a Alias[float64]
	a.Set(1.5)
	fmt.Println(a.Get())
	fmt.Println(Show(Code(4)))
	fmt.Println(Describe(1), Describe("x"), Describe(2.5))
	fmt.Println(Smallest(3, 1, 2), Smallest("b", "a"))
	m := map[string]int{"a": 1}
	Reset(m)
	fmt.Println(len(m), Bytes("hi"), Count[string](3))
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(Drain(c))
	r := []int{1, 2, 3}
	Reverse(r, 0)
	fmt.Println(r)
	fmt.Println(Adder(2.5)(1), Adder(1)(2))
	fmt.Println(Fold([]int{1, 2, 3}, "", func(s string, i int) string { return s + fmt.Sprint(i) }))
	fmt.Println(Equal[any](1, 1), Equal(Box[int]{1}, Box[int]{1}))
	var larger func(int, int) int = Larger
	fmt.Println(larger(1, 2))
	ptrSet := (*Box[int]).Set
	ptrSet(&b, 9)
	fmt.Println(b.v)
}
