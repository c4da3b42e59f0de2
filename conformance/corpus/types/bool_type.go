// The bool type: zero value, printing, named bool types and comparisons.
package main

import "fmt"

type Flag bool

func main() {
	var b bool
	fmt.Println(b, !b, b == false)
	f := Flag(true)
	fmt.Printf("%v %T %t\n", f, f, f)
	bs := []bool{true, false}
	fmt.Println(bs, bs[0] != bs[1])
	m := map[bool]string{true: "yes", false: "no"}
	fmt.Println(m[1 < 2], m[2 < 1])
}
