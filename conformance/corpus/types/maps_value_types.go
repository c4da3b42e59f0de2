// Maps with struct, slice, array and interface values/keys; fmt prints maps sorted by key.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	pts := map[P]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(pts)
	arrKey := map[[2]int]bool{{2, 1}: true, {1, 2}: false}
	fmt.Println(arrKey)
	sl := map[string][]int{}
	sl["x"] = append(sl["x"], 1)
	sl["x"] = append(sl["x"], 2)
	fmt.Println(sl, len(sl["nope"]))
	structVal := map[string]P{"p": {1, 1}}
	p := structVal["p"]
	p.X = 9
	fmt.Println(structVal, p)
	ptrVal := map[string]*P{"q": {3, 3}}
	ptrVal["q"].Y = 7
	fmt.Println(*ptrVal["q"])
	ik := map[any]int{1: 1, "1": 2, 1.5: 3, true: 4}
	fmt.Println(ik[1], ik["1"], ik[1.5], ik[true], ik[int64(1)])
}
