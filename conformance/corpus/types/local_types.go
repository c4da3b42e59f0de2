// Types declared inside functions: structs and others, same names in different functions and blocks.
package main

import "fmt"

type T struct{ outer int }

func f() {
	type T struct {
		x, y int
	}
	type N int
	var t = T{1, 2}
	var n N = 5
	u := t
	u.x = 9
	fmt.Println(t, u, n, t == T{1, 2})
	fmt.Printf("%T %T %v\n", t, n, u)
}

func g() []string {
	type T []string
	var t T = T{"a"}
	fmt.Printf("%T %v\n", t, t)
	{
		type T struct{ s string }
		fmt.Printf("%T %+v\n", T{"inner"}, T{"inner"})
	}
	return t
}

func main() {
	f()
	fmt.Println(g(), T{1})
	type point struct{ X, Y float64 }
	pts := []point{{1, 2}, {3, 4}}
	m := map[point]string{pts[0]: "first"}
	fmt.Println(pts, m[point{1, 2}], len(m))
}
