// Prints cap() after appends to slices of many element sizes, for goloom's SliceGrowthTest.
// Each line: "<kind> <appendCount> <len> <cap>" whenever cap changes while appending one at a time,
// then "bulk <kind> <startCap> <n> <len> <cap>" for appending n elements at once.
package main

import "fmt"

type s24 struct{ a, b, c int64 }
type s3 struct{ a, b, c byte }
type s12 struct{ a, b, c int32 }
type sp40 struct {
	p          *int
	a, b, c, d int64
}
type big600 struct {
	p *int
	x [74]int64
}
type big600n struct{ x [75]int64 }
type empty struct{}

// sink makes every slice escape to the heap: since Go 1.25 a slice that does not escape may
// start in a 32-byte stack buffer, which changes the first capacities (goloom models the heap).
var sink any

func grow[T any](kind string, n int) {
	var s []T
	var z T
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, z)
		sink = s
		if cap(s) != last {
			fmt.Println(kind, i+1, len(s), cap(s))
			last = cap(s)
		}
	}
}

func bulk[T any](kind string) {
	for _, start := range []int{0, 1, 3, 5, 8, 100, 255, 256, 300, 1000, 5000} {
		for _, n := range []int{1, 2, 7, 9, 33, 100, 257, 1000, 4097, 70000} {
			s := make([]T, start)
			sink = s
			s = append(s, make([]T, n)...)
			sink = s
			fmt.Println("bulk", kind, start, n, len(s), cap(s))
		}
	}
}

func main() {
	const n = 200000
	grow[int64]("int64", n)
	grow[int32]("int32", n)
	grow[int16]("int16", n)
	grow[byte]("byte", n)
	grow[bool]("bool", n)
	grow[string]("string", n)
	grow[*int]("ptr", n)
	grow[[]int]("slice", n)
	grow[any]("iface", n)
	grow[s24]("s24", n)
	grow[s3]("s3", n)
	grow[s12]("s12", n)
	grow[sp40]("sp40", n)
	grow[big600]("big600", 20000)
	grow[big600n]("big600n", 20000)
	grow[empty]("empty", 10)
	bulk[int64]("int64")
	bulk[int32]("int32")
	bulk[int16]("int16")
	bulk[byte]("byte")
	bulk[string]("string")
	bulk[*int]("ptr")
	bulk[[]int]("slice")
	bulk[s24]("s24")
	bulk[s3]("s3")
	bulk[sp40]("sp40")
	bulk[big600]("big600")
}
