// init functions registering implementations into a package-level registry, listed in sorted order.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Codec interface{ Encode(string) string }

var codecs = map[string]Codec{}

func register(name string, c Codec) {
	if _, dup := codecs[name]; dup {
		panic("duplicate codec " + name)
	}
	codecs[name] = c
}

type upper struct{}
type reverse struct{}

func (upper) Encode(s string) string { return fmt.Sprintf("%X", s) }
func (reverse) Encode(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

func init() { register("upper-hex", upper{}) }
func init() { register("reverse", reverse{}) }

func main() {
	for _, name := range slices.Sorted(maps.Keys(codecs)) {
		fmt.Println(name, codecs[name].Encode("abc"))
	}
}
