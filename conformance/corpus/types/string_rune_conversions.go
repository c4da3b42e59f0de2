// Conversions among string, []byte and []rune, including invalid UTF-8.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	r := []rune(s)
	b := []byte(s)
	fmt.Println(len(s), len(r), len(b))
	fmt.Println(r)
	fmt.Println(b)
	fmt.Println(string(r[1:3]), string(b[1:3]))
	bad := string([]byte{0x61, 0xff, 0x62})
	fmt.Println([]rune(bad))
	fmt.Println(string([]rune{0x41, -1, 0x10FFFF + 1, 0x42}))
	fmt.Println(string(rune(0x4e16)), string([]byte(nil)) == "", len([]rune("")))
}
