// A select without default runs one of its cases: the last needs no test, so a select whose
// cases all return ends the function for javac as it does for Go.
package main

func first(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return -v
	}
}

func only(a chan int) int {
	select {
	case v := <-a:
		return v
	}
}

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	b <- 2
	println(first(a, b))
	a <- 3
	println(only(a))
	select {
	case v := <-a:
		println(v)
	default:
		println("none")
	}
}
