// Prints math-results.txt: for each function, inputs and Go's result as float64 bits in hex,
// on special values and random inputs from a fixed seed. MathTest compares every line.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
)

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, -3, 10, 1e-300, 1e300, math.Inf(1), math.Inf(-1), math.NaN(),
	math.Pi, math.Pi / 2, math.Pi / 4, 1e-7, 1e10, 709.7, -745.2, 0.1, 2.5, -2.5, 3.5, 4.5, 1 << 53, 1e22, 5e-324, math.MaxFloat64}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	r := rand.New(rand.NewPCG(3, 4))
	inputs := append([]float64{}, specials...)
	for i := 0; i < 400; i++ {
		switch i % 4 {
		case 0:
			inputs = append(inputs, (r.Float64()*2-1)*10)
		case 1:
			inputs = append(inputs, (r.Float64()*2-1)*1000)
		case 2:
			inputs = append(inputs, r.Float64())
		default:
			inputs = append(inputs, math.Float64frombits(r.Uint64()))
		}
	}
	one := map[string]func(float64) float64{
		"Abs": math.Abs, "Sqrt": math.Sqrt, "Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc,
		"Round": math.Round, "RoundToEven": math.RoundToEven, "Exp": math.Exp, "Exp2": math.Exp2, "Expm1": math.Expm1,
		"Log": math.Log, "Log2": math.Log2, "Log10": math.Log10, "Log1p": math.Log1p, "Sin": math.Sin, "Cos": math.Cos,
		"Tan": math.Tan, "Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan, "Sinh": math.Sinh, "Cosh": math.Cosh,
		"Tanh": math.Tanh, "Cbrt": math.Cbrt,
		"FrexpFrac": func(x float64) float64 { f, _ := math.Frexp(x); return f },
		"FrexpExp":  func(x float64) float64 { _, e := math.Frexp(x); return float64(e) },
		"ModfInt":   func(x float64) float64 { i, _ := math.Modf(x); return i },
		"ModfFrac":  func(x float64) float64 { _, f := math.Modf(x); return f },
	}
	two := map[string]func(float64, float64) float64{
		"Pow": math.Pow, "Atan2": math.Atan2, "Hypot": math.Hypot, "Mod": math.Mod, "Max": math.Max, "Min": math.Min,
		"Dim": math.Dim, "Copysign": math.Copysign, "Nextafter": math.Nextafter,
	}
	for _, name := range sortedKeys(one) {
		for _, x := range inputs {
			fmt.Fprintf(w, "%s %x %x\n", name, math.Float64bits(x), math.Float64bits(one[name](x)))
		}
	}
	for _, name := range sortedKeys(two) {
		for i, x := range inputs {
			y := inputs[(i*7+3)%len(inputs)]
			if i < len(specials) {
				for _, y := range specials {
					fmt.Fprintf(w, "%s %x %x %x\n", name, math.Float64bits(x), math.Float64bits(y), math.Float64bits(two[name](x, y)))
				}
			}
			fmt.Fprintf(w, "%s %x %x %x\n", name, math.Float64bits(x), math.Float64bits(y), math.Float64bits(two[name](x, y)))
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}
