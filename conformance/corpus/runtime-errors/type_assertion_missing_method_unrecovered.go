// Unrecovered failed assertion to an interface type whose method is missing.
package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func main() {
	var v any = File{"f"}
	fmt.Println("asserting")
	c := v.(Closer)
	fmt.Println(c)
}
