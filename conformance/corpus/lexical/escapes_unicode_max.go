// Extreme rune escapes: max code point, surrogate-free ranges, and invalid UTF-8 bytes in strings.
package main

import "fmt"

func main() {
	fmt.Println('\U0010FFFF', "\U0010FFFF" == string(rune(0x10FFFF)))
	fmt.Println(len("\U0010FFFF"))
	s := "\xed\xa0\x80" // encoded surrogate: invalid UTF-8
	for i, r := range s {
		fmt.Println(i, r)
	}
	fmt.Println(string(rune(0xD800)) == "\uFFFD", string(rune(-1)) == "\uFFFD", string(rune(0x110000)))
}
