// Raw strings discard carriage returns found in the source text.
package main

import "fmt"

func main() {
	s := `a
bc`
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	t := "a\r\nb"
	fmt.Printf("%q %d\n", t, len(t))
}
