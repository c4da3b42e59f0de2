// Unrecovered make with a negative length computed at run time.
package main

import "fmt"

func main() {
	n := 3
	s := make([]byte, n-5)
	fmt.Println(len(s))
}
