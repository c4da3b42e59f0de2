// Constant expressions used as array lengths, including iota and typed constants.
package main

import "fmt"

const (
	Width  = 4
	Height = Width / 2
	Area   = Width * Height
)

type Grid [Height][Width]int

func main() {
	var g Grid
	for y := range Height {
		for x := range Width {
			g[y][x] = y*Width + x
		}
	}
	fmt.Println(g, len(g), len(g[0]), Area)
	var flat [Area]byte
	fmt.Println(len(flat), cap(flat[:Area/2]))
}
