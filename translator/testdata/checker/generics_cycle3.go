// Instantiation cycle through two functions: each edge of the cycle is listed.
package main

func ping[T any](x T, n int) { // ERROR "instantiation cycle:\n\t.*:11:7: T instantiated as U\n\t.*:6:8: U instantiated as \*T"
	if n > 0 {
		pong[*T](&x, n-1)
	}
}

func pong[U any](u U, n int) {
	ping[U](u, n)
}

func main() {
	ping(1, 2)
}
