// Arguments are passed by value: slices/maps share data, arrays/structs are copied, pointers share.
package main

import "fmt"

type S struct{ A [2]int }

func change(arr [2]int, sl []int, m map[string]int, s S, ps *S, str string) {
	arr[0] = 9
	sl[0] = 9
	m["k"] = 9
	s.A[0] = 9
	ps.A[0] = 9
	str += "!"
	sl = append(sl, 100)
}

func main() {
	arr := [2]int{1, 1}
	sl := []int{1, 1}
	m := map[string]int{"k": 1}
	s := S{}
	ps := &S{}
	str := "s"
	change(arr, sl, m, s, ps, str)
	fmt.Println(arr, sl, m, s, *ps, str)
}
