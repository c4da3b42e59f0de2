// bytes.Buffer: Write, WriteString, Fprintf, ReadString, ReadByte, Next, Truncate, and bytes functions.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("line one\n")
	buf.Write([]byte("line two\n"))
	fmt.Fprintf(&buf, "line %d\n", 3)
	buf.WriteByte('!')
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	fmt.Printf("%c %q\n", b, buf.Next(4))
	fmt.Printf("%q\n", buf.String())
	buf.Truncate(3)
	fmt.Printf("%q\n", buf.String())
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), string(bytes.ToUpper([]byte("up"))))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	nb := bytes.NewBufferString("init")
	fmt.Println(nb.String(), nb.Cap() >= 4)
}
