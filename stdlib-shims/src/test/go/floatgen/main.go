// Prints N doubles from a fixed seed, then every power of two, one per line: the bits in hex, then fmt's %v, %g, %e, %.3f,
// strconv.FormatFloat(x, 'g', -1, 64), and %v of float32(x), tab-separated. FloatFormatTest
// compares goloom's output on every line.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
)

func main() {
	n := flag.Int("n", 100000, "how many doubles")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	r := rand.New(rand.NewPCG(*seed, 2))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 0; i < *n; i++ {
		var x float64
		switch i % 6 {
		case 0: // any bit pattern (all exponents, subnormals, NaNs, infinities)
			x = math.Float64frombits(r.Uint64())
		case 1: // ordinary magnitudes
			x = r.Float64() * math.Pow(10, float64(r.IntN(40)-20))
		case 2: // short decimals, where shortest output is short
			x = float64(r.IntN(100000)) / math.Pow(10, float64(r.IntN(12)))
		case 3: // float32 values
			x = float64(math.Float32frombits(r.Uint32()))
		case 4: // neighbours of powers of ten and two
			p := math.Pow(10, float64(r.IntN(600)-300))
			if r.IntN(2) == 0 {
				p = math.Ldexp(1, r.IntN(2000)-1000)
			}
			x = math.Nextafter(p, math.Inf(2*r.IntN(2)-1))
		default: // integers
			x = float64(r.Int64N(1<<62)) * float64(2*r.IntN(2)-1)
		}
		line(w, x)
	}
	// Every power of two, where the rounding interval is lopsided and shortest digits are tricky.
	for e := -1074; e <= 1023; e++ {
		line(w, math.Ldexp(1, e))
	}
}

func line(w *bufio.Writer, x float64) {
	fmt.Fprintf(w, "%016x\t%v\t%g\t%e\t%.3f\t%s\t%v\n", math.Float64bits(x), x, x, x, x,
		strconv.FormatFloat(x, 'g', -1, 64), float32(x))
}
