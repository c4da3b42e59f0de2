// After a package's first error, types2 drops errors whose message names an invalid type or
// operand other than at its start: they follow from the first.
package main

var y = undefinedToo // ERROR "undefined: undefinedToo"

var z = y + 1

func followOn() {
	x := undefined // ERROR "undefined: undefined"
	_ = x + 1
	_ = complex(x, 1.0)
	_ = len(x)
}

type T struct{ f undefinedType } // ERROR "undefined: undefinedType"

func useT(t T) int { return t.f.g + len(t.f) }

func main() {}
