// Unrecovered negative index into an array via a variable.
package main

import "fmt"

func main() {
	var a [4]string
	i := -1
	fmt.Println("before")
	a[i] = "x"
}
