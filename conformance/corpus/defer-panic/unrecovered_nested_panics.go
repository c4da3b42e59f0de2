// An unrecovered panic during a panic: stderr lists both panics.
package main

import "fmt"

func main() {
	defer func() {
		panic("panic in deferred function")
	}()
	fmt.Println("start")
	panic("first")
}
