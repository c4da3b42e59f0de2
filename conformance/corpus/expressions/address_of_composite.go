// Taking the address of composite literals gives fresh variables each evaluation.
package main

import "fmt"

type T struct{ N int }

func main() {
	var ps []*T
	for i := range 3 {
		ps = append(ps, &T{i})
	}
	fmt.Println(ps[0] != ps[1], ps[0].N, ps[1].N, ps[2].N)
	a := &[]int{1, 2}
	(*a)[0] = 5
	fmt.Println(*a)
	m := &map[string]int{"k": 1}
	(*m)["k"]++
	fmt.Println(*m)
	arr := &[3]string{"x", "y", "z"}
	arr[1] = "Y"
	fmt.Println(*arr, len(arr))
}
