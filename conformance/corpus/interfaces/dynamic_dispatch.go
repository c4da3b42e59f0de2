// Interface method calls dispatch on the dynamic type.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) Name() string   { return "circle" }
func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string  { return "square" }

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, Circle{0.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%s %.3f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	var s Shape = &Circle{2} // pointer has value methods too
	fmt.Printf("%s %.2f %T\n", s.Name(), s.Area(), s)
}
