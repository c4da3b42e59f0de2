// An unrecovered panic with an int value.
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic(42)
}
