// Arguments to deferred calls (and the function value/receiver) are evaluated at defer time.
package main

import "fmt"

type T struct{ name string }

func (t T) Show(tag string) { fmt.Println(tag, t.name) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func(v int) { fmt.Println("param v =", v, "captured x =", x) }(x)
	x = 3
	t := T{"before"}
	defer t.Show("value receiver:")
	t.name = "after"
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	fmt.Println("end of main, x =", x)
}
