// Named types are distinct from their underlying types and need explicit conversion.
package main

import "fmt"

type Meters float64
type Feet float64
type IntList []int
type StrMap map[string]int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Println(m, f)
	fmt.Printf("%T %T\n", m, f)
	l := IntList{1, 2, 3}
	var raw []int = l // assignable: identical underlying types, one is unnamed
	fmt.Println(l.Sum(), raw, IntList(raw[:2]).Sum())
	sm := StrMap{"a": 1}
	fmt.Printf("%T %v\n", sm, sm)
}
