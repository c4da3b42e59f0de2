// mandelbrot (Benchmarks Game task): the Mandelbrot set as a portable bitmap (P4) on stdout.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

const iterations = 50
const limit = 2.0

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "P4\n%d %d\n", n, n)
	rowBytes := (n + 7) / 8
	row := make([]byte, rowBytes)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			inside := true
			for i := 0; i < iterations; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
				if tr+ti > limit*limit {
					inside = false
					break
				}
			}
			if inside {
				row[x/8] |= 0x80 >> uint(x%8)
			}
		}
		out.Write(row)
	}
}
