// Prints Go's map behaviour for float keys (NaN, ±0) and for changes during iteration, for goloom's GoMapTest.
// Iteration order is random in Go, so only order-independent facts are printed.
package main

import (
	"fmt"
	"math"
	"sort"
)

type pt struct{ x, y float64 }

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[negz] = 4
	_, okNaN := m[nan]
	fmt.Println("len", len(m), "m[0]", m[0], "m[-0]", m[negz], "nan found", okNaN)
	for k, v := range m {
		if k == 0 {
			fmt.Println("zero key sign negative:", math.Signbit(k), v)
		}
	}
	delete(m, nan)
	fmt.Println("after delete(NaN) len", len(m))
	delete(m, negz)
	fmt.Println("after delete(-0) len", len(m))
	clear(m)
	fmt.Println("after clear len", len(m))

	ms := map[pt]string{}
	ms[pt{1, negz}] = "a"
	ms[pt{1, 0}] = "b"
	ms[pt{nan, 1}] = "c"
	ms[pt{nan, 1}] = "d"
	_, ok := ms[pt{nan, 1}]
	fmt.Println("struct keys len", len(ms), ms[pt{1, 0}], ok)

	ma := map[[2]float64]int{{negz, 1}: 1}
	ma[[2]float64{0, 1}]++
	fmt.Println("array keys", len(ma), ma[[2]float64{0, 1}])

	mi := map[any]int{}
	mi[0.0] = 1
	mi[negz] = 2
	mi[nan] = 3
	mi[nan] = 4
	mi[int64(0)] = 5
	mi[float32(0)] = 6
	fmt.Println("interface keys len", len(mi), mi[0.0], mi[float32(negz)])

	// deletion during iteration: every key deleted before being reached is never produced.
	for trial := 0; trial < 200; trial++ {
		d := map[int]int{}
		for i := 0; i < 50; i++ {
			d[i] = i
		}
		seen := map[int]bool{}
		for k := range d {
			if seen[k] {
				panic("key seen twice")
			}
			seen[k] = true
			for j := 0; j < 50; j++ {
				if !seen[j] {
					delete(d, j)
				}
			}
		}
		if len(seen) != 1 || len(d) != 1 {
			panic("deleted key produced")
		}
	}
	fmt.Println("delete during iteration: only the first key is produced")

	// updates to values not yet reached are seen
	u := map[int]int{}
	for i := 0; i < 20; i++ {
		u[i] = 0
	}
	var got []int
	for k, v := range u {
		got = append(got, v)
		for j := 0; j < 20; j++ {
			if j != k {
				u[j] = 7
			}
		}
	}
	sort.Ints(got)
	fmt.Println("updated values seen:", got[0], got[1], got[19])
	var nm map[string]int
	fmt.Println("nil map len", len(nm), "get", nm["x"])
	delete(nm, "x")
	clear(nm)
	for range nm {
		panic("nil map has entries")
	}
	fmt.Println("nil map delete and clear are no-ops")
}
