// Functions and closures stored in interface values, asserted back to their func types.
package main

import "fmt"

func ok() bool { return true }

func main() {
	var i interface{} = ok
	f := i.(func() bool)
	fmt.Println(f())
	k := 2
	var j any = func(x int) int { return x * k }
	g, isFunc := j.(func(int) int)
	fmt.Println(g(21), isFunc)
	_, wrong := j.(func() bool)
	fmt.Println(wrong)
	fmt.Printf("%T %T\n", i, j)
	vals := []any{ok, 1, "s"}
	for _, v := range vals {
		switch v.(type) {
		case func() bool:
			fmt.Println("func")
		default:
			fmt.Println("other")
		}
	}
}
