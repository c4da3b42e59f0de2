// Composite literals with keys: arrays with index keys, slices, maps, nested elided types, &T{}.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	arr := [...]string{2: "c", 0: "a", "b"}
	fmt.Println(len(arr), arr)
	sl := []int{5: 10, 1: 2, 3}
	fmt.Println(len(sl), sl)
	pts := []Point{{1, 2}, {X: 3}, {Y: 4}}
	fmt.Println(pts)
	pp := []*Point{{5, 6}, nil}
	fmt.Println(*pp[0], pp[1] == nil)
	m := map[string][]Point{"a": {{1, 1}}, "b": nil}
	fmt.Println(m)
	nested := [][]int{{1}, {2, 3}, {}}
	fmt.Println(nested)
	mp := map[Point]string{{1, 2}: "x"}
	fmt.Println(mp)
	const k = 3
	ka := [...]bool{k: true}
	fmt.Println(ka)
	p := &Point{Y: 9}
	fmt.Println(p.X, p.Y)
}
