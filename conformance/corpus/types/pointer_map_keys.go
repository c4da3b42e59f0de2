// Maps keyed by pointers to structs (and interfaces holding them) compare keys by identity; struct-valued keys by their fields.
package main

import (
	"fmt"
	"maps"
)

type P struct{ x int }

type K struct {
	name string
	n    int
}

func main() {
	m := map[*P]int{}
	a, b := &P{1}, &P{1}
	m[a] = 1
	m[b] = 2
	fmt.Println(len(m), m[a], m[b], m[&P{1}])
	lit := map[*P]string{a: "a", b: "b"}
	fmt.Println(len(lit))

	var i, j any = a, b
	mi := map[any]int{i: 1, j: 2}
	mi[P{1}] = 3
	mi[P{1}] = 4
	fmt.Println(len(mi), mi[P{1}], mi[i])

	ks := map[K]int{{"x", 1}: 1}
	ks[K{"x", 1}]++
	made := make(map[K]bool)
	made[K{"y", 2}] = true
	fmt.Println(len(ks), ks[K{"x", 1}], made[K{"y", 2}])

	type pair struct{ p *P }
	pm := map[pair]int{}
	pm[pair{a}] = 1
	pm[pair{b}] = 2
	pm[pair{a}]++
	fmt.Println(len(pm), pm[pair{a}])

	// Generic code: the instance's key type decides.
	fmt.Println(len(count([]P{{1}, {1}, {2}})), len(count([]*P{a, b, a})))
	c := maps.Clone(map[P]int{{1}: 1})
	c[P{1}]++
	fmt.Println(len(c), c[P{1}])

	// Arrays of pointers: as keys, with ==, and in interfaces.
	arr := map[[2]*P]int{}
	arr[[2]*P{a, a}] = 1
	arr[[2]*P{b, b}] = 2
	arr[[2]*P{a, a}]++
	vals := map[[2]P]int{}
	vals[[2]P{{1}, {2}}] = 1
	vals[[2]P{{1}, {2}}] = 2
	x, y := [2]*P{a, a}, [2]*P{b, b}
	var ix, iy any = x, y
	fmt.Println(len(arr), arr[[2]*P{a, a}], len(vals), x == y, x == [2]*P{a, a}, ix == iy, ix == any(x))
}

func count[K comparable](ks []K) map[K]int {
	m := make(map[K]int)
	for _, k := range ks {
		m[k]++
	}
	return m
}
