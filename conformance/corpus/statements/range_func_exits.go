// Range over functions: break, continue, labeled exits from nested loops, return (named and with defers), defer in the body.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func find(target int) (idx int, ok bool) {
	defer func() { fmt.Println("deferred", idx, ok) }()
	for i := range count(10) {
		if i == target {
			return i, true
		}
	}
	return -1, false
}

func firstOver(limit int) int {
	for v := range count(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func named() (s string) {
	for k, v := range pairs {
		s += fmt.Sprint(k, v)
		if v == 2 {
			return
		}
	}
	return "none"
}

func main() {
	sum := 0
	for i := range count(5) {
		sum += i
	}
	fmt.Println("sum", sum)
	fmt.Println(find(3))
	fmt.Println(find(30))
	fmt.Println(firstOver(50))
	fmt.Println(named())
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	for k, v := range pairs {
		switch {
		case v == 2:
			continue
		}
		fmt.Println(k, v)
	}
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	for range count(2) {
		fmt.Println("tick")
	}
	var k string
	var v int
	for k, v = range pairs {
	}
	fmt.Println(k, v)
	defer fmt.Println("main deferred")
	for i := range count(2) {
		defer fmt.Println("loop defer", i)
	}
}
