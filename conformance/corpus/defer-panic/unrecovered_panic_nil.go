// An unrecovered panic(nil) reports a PanicNilError.
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic(nil)
}
