// strings.Builder: WriteString, WriteByte, WriteRune, Fprintf into it, Len, Reset.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := range 3 {
		fmt.Fprintf(&b, "%d:", i)
		b.WriteString("item")
		b.WriteByte(';')
	}
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	words := []string{"go", "to", "java"}
	for i, w := range words {
		if i > 0 {
			b.WriteString(" -> ")
		}
		b.WriteString(strings.ToUpper(w))
	}
	fmt.Println(b.String())
}
