// Infinities, NaN, negative zero and their comparison and printing.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	negz := math.Copysign(0, -1)
	fmt.Println(inf, -inf, nan, negz, zero == negz)
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), math.Signbit(negz))
	fmt.Println(1/negz, inf-inf, inf*0)
	fmt.Printf("%v %.2f %e %g\n", negz, inf, nan, -inf)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
}
