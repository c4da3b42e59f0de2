// Map key types must be comparable (checked once every type is complete), and an untyped
// constant shifted by a non-constant count takes the type it would have alone.
package main

type M map[[]int]int // ERROR "invalid map key type \[\]int"

var m map[Later]bool // ERROR "invalid map key type Later"

type Later struct{ f []int }

type Ok map[Key]int

type Key struct {
	a [2]string
	p *Later
}

func G[K any, C comparable]() {
	_ = map[K]int{} // ERROR "invalid map key type K \(missing comparable constraint\)"
	_ = map[C]int{}
}

var s uint = 2

func main() {
	_ = map[func()]int{} // ERROR "invalid map key type func\(\)"
	var u = 1.0 << s     // ERROR "shifted operand 1.0 \(type float64\) must be integer"
	var i int = 1.0 << s
	var r rune = 'a' << s
	var f = 2 << s
	_, _, _, _, _ = u, i, r, f, m
}
