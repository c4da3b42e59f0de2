// f(g()): the results of a call with several results as the arguments of another call.
package main

import "fmt"

func two() (int, string) { return 7, "seven" }
func three() (int, int, int) { return 1, 2, 3 }
func show(n int, s string) string { return fmt.Sprint(n, "=", s) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func first(a int, rest ...int) int { return a + len(rest) }
func pr(n int, s string) { fmt.Println("pr", n, s) }

type T struct{ k int }

func (t T) add(a, b, c int) int { return t.k + a + b + c }

func main() {
	fmt.Println(show(two()))
	fmt.Println(sum(three()), first(three()))
	pr(two())
	fmt.Println(two())
	t := T{10}
	fmt.Println(t.add(three()))
	f := show
	fmt.Println(f(two()))
}
