// m[k] op= v, s[i] op= v and *p op= v evaluate the map, slice, index and pointer once; map entries are added or updated in place.
package main

import (
	"fmt"
	"math"
)

var calls []string

func key(k string) string {
	calls = append(calls, "key "+k)
	return k
}

func idx(i int) int {
	calls = append(calls, fmt.Sprint("idx ", i))
	return i
}

func slice(s []int) []int {
	calls = append(calls, "slice")
	return s
}

func ptr(p *int) *int {
	calls = append(calls, "ptr")
	return p
}

func val(v int) int {
	calls = append(calls, fmt.Sprint("val ", v))
	return v
}

func main() {
	m := map[string]int{}
	m[key("a")]++
	m[key("a")] += 5
	m[key("b")] -= 2
	m[key("c")] *= 3
	m[key("a")] <<= 2
	m[key("a")] /= val(4)
	m[key("b")] += val(10)
	fmt.Println(m, calls)

	calls = nil
	s := []int{1, 2, 3}
	slice(s)[idx(1)] += 10
	s[idx(2)]++
	s[idx(0)] -= val(7)
	fmt.Println(s, calls)

	// The right-hand side runs after the index and may change the map: Go reads m[k] after it.
	calls = nil
	n := map[string]int{"x": 1}
	n[key("x")] += func() int { delete(n, "x"); return 100 }()
	fmt.Println(n, calls)
	s[idx(1)] += func() int { s[1] = 50; return 1 }()
	fmt.Println(s)
	*ptr(&s[2]) *= val(3)
	fmt.Println(s, calls)

	// The right-hand side sees the map before the new entry is added.
	sizes := map[string]int{"a": 1}
	sizes["b"] += len(sizes)
	sizes["c"] += sizes["c"] + 1
	fmt.Println(sizes)

	// Strings, floats, NaN keys (each m[NaN] op= v adds an entry), -0.0 over 0.0.
	names := map[int]string{}
	names[1] += "a"
	names[1] += "b"
	f := map[float64]float64{}
	f[math.NaN()] += 1
	f[math.NaN()] += 1
	f[0.0] += 1
	f[math.Copysign(0, -1)] += 1
	for k, v := range f {
		if k == 0 {
			fmt.Println("zero key", k, math.Signbit(k), v)
		}
	}
	fmt.Println(names, len(f))

	// Counting in a loop, the k-nucleotide pattern.
	counts := map[string]int{}
	seq := "GGTATTTTAATTGGTA"
	for i := 0; i+2 <= len(seq); i++ {
		counts[seq[i:i+2]]++
	}
	fmt.Println(counts["GG"], counts["TT"], counts["AT"], len(counts))

	// A nil map panics on the store, whatever the operator.
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilMap map[string]int
	nilMap["x"]++
}
