// recover only stops a panic when called directly by a deferred function, not from a nested call.
package main

import "fmt"

func helper() any { return recover() }

func tryNested() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer recover got: ", r)
	}()
	defer func() {
		r := helper() // not called directly by the deferred function: returns nil
		fmt.Println("nested recover returned:", r)
	}()
	panic("boom")
}

func main() {
	fmt.Println(tryNested())
}
