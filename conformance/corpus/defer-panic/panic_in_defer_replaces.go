// A panic raised in a deferred function while panicking: recover sees the latest panic.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		panic("second panic from defer")
	}()
	panic("first panic")
}

func main() {
	f()
	fmt.Println("after f")
}
