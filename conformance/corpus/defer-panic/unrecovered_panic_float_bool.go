// Unrecovered panic with a float64 value uses the runtime's print formatting.
package main

func main() {
	defer println("deferred println to stderr")
	panic(1.5)
}
