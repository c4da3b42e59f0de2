// Func types that refer to themselves: calls through a value of such a type, including values
// passed as closure parameters (the Y combinator), and a generic version with a local type.
package main

import "fmt"

type selfApplier func(selfApplier) func(int) int

func fix(f func(func(int) int) func(int) int) func(int) int {
	g := func(h selfApplier) func(int) int {
		return func(n int) int { return f(h(h))(n) }
	}
	return g(g)
}

type stateFn func(*[]string) stateFn

func start(log *[]string) stateFn { *log = append(*log, "start"); return middle }
func middle(log *[]string) stateFn { *log = append(*log, "middle"); return end }
func end(log *[]string) stateFn    { *log = append(*log, "end"); return nil }

func fixGeneric[T, R any](f func(func(T) R) func(T) R) func(T) R {
	type rec[T, R any] func(rec[T, R]) func(T) R
	g := func(h rec[T, R]) func(T) R {
		return func(t T) R { return f(h(h))(t) }
	}
	return g(g)
}

func main() {
	fact := fix(func(self func(int) int) func(int) int {
		return func(n int) int {
			if n <= 1 {
				return 1
			}
			return n * self(n-1)
		}
	})
	fmt.Println(fact(10))

	var log []string
	for state := stateFn(start); state != nil; {
		state = state(&log)
	}
	fmt.Println(log)

	fib := fixGeneric(func(self func(int) int) func(int) int {
		return func(n int) int {
			if n < 2 {
				return n
			}
			return self(n-1) + self(n-2)
		}
	})
	fmt.Println(fib(20))
	shout := fixGeneric(func(self func(string) string) func(string) string {
		return func(s string) string {
			if len(s) >= 6 {
				return s
			}
			return self(s + "!")
		}
	})
	fmt.Printf("%q\n", shout("hi"))
}
