// Type aliases denote the same type: no conversion needed, same %T, shared methods.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temp = Celsius
type Bytes = []byte
type Pair[T any] = struct{ A, B T }

func main() {
	var t Temp = 21.5
	var c Celsius = t
	fmt.Println(t, c)
	fmt.Printf("%T %T\n", t, Bytes("x"))
	p := Pair[int]{1, 2}
	fmt.Printf("%v %T\n", p, p)
	var r rune = 'x'
	var i int32 = r
	var b byte = 7
	var u uint8 = b
	fmt.Printf("%T %T\n", i, u)
}
