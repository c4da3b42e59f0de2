// spectral-norm (Benchmarks Game task): the spectral norm of an infinite matrix by the power method.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func evalA(i, j int) float64 {
	return 1 / float64((i+j)*(i+j+1)/2+i+1)
}

func timesA(v, av []float64) {
	for i := range av {
		sum := 0.0
		for j, x := range v {
			sum += evalA(i, j) * x
		}
		av[i] = sum
	}
}

func timesAt(v, atv []float64) {
	for i := range atv {
		sum := 0.0
		for j, x := range v {
			sum += evalA(j, i) * x
		}
		atv[i] = sum
	}
}

func timesAtA(v, out, tmp []float64) {
	timesA(v, tmp)
	timesAt(tmp, out)
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		timesAtA(u, v, tmp)
		timesAtA(v, u, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
