// Indexing a string yields bytes; converting to []rune yields code points.
package main

import "fmt"

func main() {
	s := "aπz"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%d ", i, s[i])
	}
	fmt.Println()
	r := []rune(s)
	for i := range r {
		fmt.Printf("%d:%c ", i, r[i])
	}
	fmt.Println()
	fmt.Println(s[1:3], string(s[1]), string(r[1]))
}
