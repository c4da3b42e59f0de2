// Interfaces: a Java interface per Go interface, implemented by every type whose method set satisfies it.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case Shape:
		return fmt.Sprint("shape with area ", v.Area())
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println(describe(Celsius(21.5)), describe(nil), describe(42))
	if c, ok := shapes[1].(*Circle); ok {
		fmt.Println(c.R)
	}
}
