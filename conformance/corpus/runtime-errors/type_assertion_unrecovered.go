// Unrecovered failed type assertion from any to a concrete type.
package main

import "fmt"

func main() {
	var v any = "a string"
	fmt.Println(v.(string))
	n := v.(int)
	fmt.Println(n)
}
