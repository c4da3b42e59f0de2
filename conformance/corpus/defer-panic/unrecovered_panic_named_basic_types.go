// Unrecovered panic with a value of a named numeric type prints type name and value.
package main

import "fmt"

type ErrCode int

func main() {
	fmt.Println("start")
	panic(ErrCode(404))
}
