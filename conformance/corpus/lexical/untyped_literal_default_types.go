// Default types of untyped literals when assigned to interfaces or :=.
package main

import "fmt"

func main() {
	a := 1
	b := 1.0
	c := 1i
	d := 'x'
	e := "s"
	f := true
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
	var i any = 1 << 10
	fmt.Printf("%T %v\n", i, i)
	fmt.Printf("%T %T %T\n", 1+1.0, 'a'+1, 1+'a'+1.5)
	fmt.Printf("%T\n", 2.0*3)
}
