// fmt error annotations: wrong type, missing and extra arguments, bad width, nil receivers.
package main

import "fmt"

type S struct{}

func (*S) String() string { return "S-string" }

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%t\n", 1)
	var sp *S
	fmt.Printf("%s|%v\n", sp, sp)
	fmt.Println(fmt.Sprintf("%.2d|%x", 7, 3.5))
}
