// any holding values of many types; %v and %T on them; reassigning different dynamic types.
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	var v any
	fmt.Printf("%v %T\n", v, v)
	vals := []any{1, "str", 2.5, true, 'r', byte(7), Pt{1, 2}, &Pt{3, 4}, []string{"a"}, map[string]int{"k": 1}, nil, [2]bool{}, 3 + 4i, uint64(1 << 63)}
	for _, x := range vals {
		if p, ok := x.(*Pt); ok {
			fmt.Printf("pointer to %v %T\n", *p, x)
			continue
		}
		fmt.Printf("%v %T\n", x, x)
	}
	v = 1
	v = "now a string"
	fmt.Println(v)
}
