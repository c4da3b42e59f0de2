// fmt verbs: %v %+v %#v %T %d %s %q %x %X %o %O %b %e %E %g %c %U %t %%.
package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	p := Point{1, -2, "pt"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%d %5d %-5d| %x %X %o %O %b\n", 42, 42, 42, 255, 255, 8, 8, 5)
	fmt.Printf("%s|%q|%x|% x|%X\n", "héllo", "tab\there", "hi", "hi", "hi")
	fmt.Printf("%c %q %U %#U\n", 'G', 'G', 'ä', 'ä')
	fmt.Printf("%e %E %g %G %f\n", 123456.789, 0.000123, 1e21, 1e-7, 3.0)
	fmt.Printf("%t %v %%\n", true, false)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%x %X\n", []byte{1, 171}, "xyz")
	fmt.Printf("%v %+v\n", struct{}{}, &p)
	fmt.Printf("%08.3f|%-8.2f|%+.1e\n", 3.14159, 2.5, 12345.678)
}
