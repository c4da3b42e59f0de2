// Typed constants keep their type; untyped ones adapt to context.
package main

import (
	"fmt"
	"time"
)

type Celsius float64

const Boiling Celsius = 100
const Typed int32 = 7
const Untyped = 7

func main() {
	var f float64 = Untyped
	var i8 int8 = Untyped
	fmt.Printf("%T %v %T %v %T %v\n", Boiling, Boiling, Typed, Typed, f, f)
	fmt.Println(i8)
	fmt.Printf("%T\n", Boiling*2)
	d := 3 * time.Second
	fmt.Println(d, time.Duration(1500)*time.Millisecond)
	fmt.Printf("%T\n", Typed+1)
}
