// Recovered failed type assertions: the exact interface conversion messages.
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return c.R * c.R * 3 }
func (s *Square) Area() float64 { return s.S * s.S }

func try(f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println(r, ok)
	}()
	f()
}

func main() {
	var a any = 42
	var s Shape = &Square{2}
	var nilShape Shape
	try(func() { _ = a.(string) })
	try(func() { _ = a.(fmt.Stringer) })
	try(func() { _ = s.(Circle) })
	try(func() { _ = s.(Named) })
	try(func() { _ = nilShape.(*Square) })
	try(func() { _ = any(nil).(int) })
	try(func() { _ = a.(*int) })
	try(func() { _ = any([]string{}).(map[string]int) })
	try(func() { _ = any(Circle{}).(Shape).(*Square) })
}
