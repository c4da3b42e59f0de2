// Function types with named and unnamed params print identically via %T; assignability.
package main

import "fmt"

type Pred func(string) bool

func lenOver(n int) Pred {
	return func(s string) bool { return len(s) > n }
}

func count(xs []string, p func(string) bool) int {
	c := 0
	for _, x := range xs {
		if p(x) {
			c++
		}
	}
	return c
}

func main() {
	p := lenOver(2)
	fmt.Println(count([]string{"a", "abc", "abcd"}, p))
	var raw func(s string) bool = p
	fmt.Printf("%T %T\n", p, raw)
	var h func(a, b int, c ...string) (x int, err error)
	fmt.Printf("%T\n", h)
}
