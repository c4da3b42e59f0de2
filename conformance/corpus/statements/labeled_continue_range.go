// Labeled continue across nested ranges over maps (sorted) and strings.
package main

import (
	"fmt"
	"slices"
)

func main() {
	words := []string{"apple", "sky", "tree", "rhythm"}
	var noVowel []string
next:
	for _, w := range words {
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				continue next
			}
		}
		noVowel = append(noVowel, w)
	}
	fmt.Println(noVowel)
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	var sums []int
rows:
	for _, row := range grid {
		s := 0
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			s += v
		}
		sums = append(sums, s)
	}
	slices.Reverse(sums)
	fmt.Println(sums)
}
