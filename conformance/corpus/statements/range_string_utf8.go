// range over a string decodes UTF-8; invalid bytes yield U+FFFD with width 1.
package main

import "fmt"

func main() {
	for i, r := range "aé世🙂" {
		fmt.Printf("%d %U %c\n", i, r, r)
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d %U\n", i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
