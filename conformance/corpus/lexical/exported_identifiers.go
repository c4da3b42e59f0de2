// Exported vs unexported identifiers and fmt printing of struct fields of both kinds.
package main

import "fmt"

type Point struct {
	X, Y int
	tag  string
}

type ÄUpper struct{ V int } // Ä is an upper-case letter, so exported

func main() {
	p := Point{1, 2, "t"}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%+v\n", ÄUpper{3})
	_ = p.tag
}
