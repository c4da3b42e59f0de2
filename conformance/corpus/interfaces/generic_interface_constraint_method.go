// Interfaces with methods used as ordinary interfaces and as constraints in the same program.
package main

import (
	"fmt"
	"strings"
)

type Describer interface{ Describe() string }

type Car struct{ Model string }
type Bike struct{ Gears int }

func (c Car) Describe() string  { return "car " + c.Model }
func (b Bike) Describe() string { return fmt.Sprintf("bike with %d gears", b.Gears) }

func joinAll[T Describer](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Describe()
	}
	return strings.Join(parts, "; ")
}

func main() {
	fmt.Println(joinAll([]Car{{"a"}, {"b"}}))
	fmt.Println(joinAll([]Describer{Car{"c"}, Bike{21}}))
}
