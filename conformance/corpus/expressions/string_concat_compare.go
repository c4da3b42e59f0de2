// String concatenation, += in loops, byte-wise comparison and equality.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "go"
	s += "loom"
	s = s + "!" + s
	fmt.Println(s, len(s))
	acc := ""
	for i := range 5 {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc)
	words := []string{"banana", "Apple", "apple", "cherry", "apple pie", ""}
	for i := 0; i < len(words)-1; i++ {
		fmt.Println(words[i], "<", words[i+1], words[i] < words[i+1], strings.Compare(words[i], words[i+1]))
	}
	a := "héllo"
	b := "he\u0301llo"
	fmt.Println(a == b, len(a), len(b))
}
