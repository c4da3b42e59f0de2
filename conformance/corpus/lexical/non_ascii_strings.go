// Non-ASCII source text inside strings: byte length vs rune count.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"héllo", "日本語", "🙂👍", "Ω≈ç√", "a\u0301"} {
		fmt.Println(s, len(s), utf8.RuneCountInString(s), []rune(s))
	}
	s := "€"
	fmt.Printf("% x\n", s)
	fmt.Println(s[0], s[1], s[2])
}
