// Prints cmplx-results.txt: for each math/cmplx function, the inputs and Go's result as float64
// bits in hex ("Func re im [re2 im2] rre rim"), on special values and random inputs from a
// fixed seed. CmplxTest compares every line.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"sort"
)

var parts = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2, 3, 1e-300, 1e300, math.Inf(1), math.Inf(-1), math.NaN(),
	math.Pi / 2, 1e10, 2e9}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	r := rand.New(rand.NewPCG(5, 6))
	var inputs []complex128
	for _, re := range parts {
		for _, im := range parts {
			inputs = append(inputs, complex(re, im))
		}
	}
	for i := 0; i < 300; i++ {
		switch i % 3 {
		case 0:
			inputs = append(inputs, complex((r.Float64()*2-1)*4, (r.Float64()*2-1)*4))
		case 1:
			inputs = append(inputs, complex((r.Float64()*2-1)*100, (r.Float64()*2-1)*0.01))
		default:
			inputs = append(inputs, complex((r.Float64()*2-1)*1e3, (r.Float64()*2-1)*1e3))
		}
	}
	// Near the poles of Tan far from zero: tanSeries reduces 2·re by Payne–Hanek.
	for _, k := range []float64{1 << 30, 1 << 35, 1 << 40, 12345678901, 1 << 52} {
		inputs = append(inputs, complex(math.Pi/2*(2*k+1), 1e-3), complex(-math.Pi/2*(2*k+1), -1e-9))
	}
	one := map[string]func(complex128) complex128{
		"Sqrt": cmplx.Sqrt, "Exp": cmplx.Exp, "Log": cmplx.Log, "Log10": cmplx.Log10, "Conj": cmplx.Conj,
		"Sin": cmplx.Sin, "Cos": cmplx.Cos, "Tan": cmplx.Tan, "Cot": cmplx.Cot, "Sinh": cmplx.Sinh, "Cosh": cmplx.Cosh,
		"Tanh": cmplx.Tanh, "Asin": cmplx.Asin, "Acos": cmplx.Acos, "Atan": cmplx.Atan, "Asinh": cmplx.Asinh,
		"Acosh": cmplx.Acosh, "Atanh": cmplx.Atanh,
		"Abs":   func(x complex128) complex128 { return complex(cmplx.Abs(x), 0) },
		"Phase": func(x complex128) complex128 { return complex(cmplx.Phase(x), 0) },
		"Rect":  func(x complex128) complex128 { return cmplx.Rect(real(x), imag(x)) },
		"IsInf": func(x complex128) complex128 { return complex(b2f(cmplx.IsInf(x)), 0) },
		"IsNaN": func(x complex128) complex128 { return complex(b2f(cmplx.IsNaN(x)), 0) },
	}
	names := make([]string, 0, len(one))
	for name := range one {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, x := range inputs {
			fmt.Fprintf(w, "%s %s %s\n", name, hex(x), hex(one[name](x)))
		}
	}
	for i, x := range inputs {
		y := inputs[(i*7+3)%len(inputs)]
		if real(x) == 0 && imag(x) == 0 && math.IsNaN(real(y)) && math.IsInf(imag(y), 0) {
			continue // Go panics "not reached"
		}
		fmt.Fprintf(w, "Pow %s %s %s\n", hex(x), hex(y), hex(cmplx.Pow(x, y)))
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func hex(x complex128) string {
	return fmt.Sprintf("%x %x", math.Float64bits(real(x)), math.Float64bits(imag(x)))
}
