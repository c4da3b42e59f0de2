// A custom io.Writer used with fmt.Fprintf and io.Copy; byte counts returned.
package main

import (
	"fmt"
	"io"
	"strings"
)

type UpperCounter struct {
	sb    strings.Builder
	calls int
}

func (u *UpperCounter) Write(p []byte) (int, error) {
	u.calls++
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var w io.Writer = &UpperCounter{}
	n, err := fmt.Fprintf(w, "hello %d %s|", 42, "world")
	fmt.Println(n, err)
	m, err := io.Copy(w, strings.NewReader("copied text"))
	fmt.Println(m, err)
	uc := w.(*UpperCounter)
	fmt.Println(uc.sb.String(), uc.calls > 1)
}
