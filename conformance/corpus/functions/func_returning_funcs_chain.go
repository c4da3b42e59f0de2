// Functions returning functions returning functions, called in one chained expression.
package main

import "fmt"

func add(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			fmt.Println("cache hit", n)
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	fmt.Println(add(1)(2)(3))
	sq := memoize(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
}
