// Multi-dimensional slices share underlying arrays; nil vs empty slices.
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = 99
	fmt.Println(grid[1])
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Printf("%v %v %d\n", nilS, empty, cap(empty))
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	fmt.Println(jag, len(jag[2]))
}
