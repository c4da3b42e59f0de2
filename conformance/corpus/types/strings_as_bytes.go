// Strings are immutable byte sequences: indexing, slicing and len give bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[1:3], s[7:])
	fmt.Printf("%T %c %x\n", s[0], s[0], s[1])
	t := s
	t += "!"
	fmt.Println(s, t)
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(s[len(s)-3:] == "界")
	var empty string
	fmt.Println(len(empty), empty == "")
}
