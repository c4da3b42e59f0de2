// Instantiation cycle: a type parameter instantiated with a type derived from itself.
package main

func f[T interface{ ~[]P }, P any](t T) { // ERROR "instantiation cycle:\n\t.*generics_cycle1.go:8:4: T instantiated as \[\]T"
	if t == nil {
		return
	}
	f[[]T, T]([]T{t})
}

// A zero-weight cycle (T passed on unchanged) reaches a fixed point: no error.
func same[T any](x T, n int) T {
	if n == 0 {
		return x
	}
	return same(x, n-1)
}

func main() {
	f[[]int](nil)
	same(1, 2)
}
