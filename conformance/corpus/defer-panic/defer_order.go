// Deferred calls run in LIFO order when the function returns.
package main

import "fmt"

func f() {
	defer fmt.Println("f: first deferred, runs last")
	defer fmt.Println("f: second deferred")
	defer func() { fmt.Println("f: closure deferred, runs first") }()
	fmt.Println("f body")
}

func main() {
	defer fmt.Println("main deferred")
	f()
	fmt.Println("main body end")
}
