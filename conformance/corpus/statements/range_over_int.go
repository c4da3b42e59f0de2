// Go 1.22 range over an integer, including zero, negative and typed counts.
package main

import "fmt"

type Count uint8

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 0 {
		fmt.Println("never")
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10 // range expression evaluated once
		fmt.Print(i)
	}
	fmt.Println()
	var i64 int64 = 2
	for x := range i64 {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
}
