// Methods on named non-struct types: ints, slices, maps, funcs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Join() string  { return strings.Join(w, "+") }
func (w *Words) Add(s string) { *w = append(*w, s) }

type Set map[string]bool

func (s Set) Keys() []string {
	var k []string
	for key := range s {
		k = append(k, key)
	}
	sort.Strings(k)
	return k
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	s := Set{"z": true, "a": true}
	fmt.Println(s.Keys())
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
}
