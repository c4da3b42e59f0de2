// Constraints with unions and ~T approximation elements admit named types.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Score int
type Ratio float32

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum[int8](100, 27, 1)) // wraps
	fmt.Println(Sum(Score(10), Score(20)))
	fmt.Printf("%T\n", Sum(Score(1)))
	fmt.Println(Sum(Ratio(0.1), Ratio(0.2)))
	fmt.Println(Sum(0.1, 0.2))
	fmt.Println(Sum[float64]())
}
