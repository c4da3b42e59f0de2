// cmp.Ordered constraint with cmp.Compare, cmp.Less and generic Max over strings and floats.
package main

import (
	"cmp"
	"fmt"
	"math"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), MaxOf(1.5))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, -math.MaxFloat64))
	fmt.Println(cmp.Or(0, 0, 5, 7), cmp.Or("", "default"))
}
