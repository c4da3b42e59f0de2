// bufio.Reader on os.Stdin (ReadString, ReadRune) and a buffered bufio.Writer on os.Stdout flushed at the end.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	r, size, err := in.ReadRune()
	fmt.Fprintln(out, "first rune:", string(r), size, err)
	in.UnreadRune()
	total := 0
	for {
		line, err := in.ReadString('\n')
		if len(line) > 0 {
			total += len(line)
			fmt.Fprintf(out, "%q -> %s\n", line, strings.ToUpper(strings.TrimSpace(line)))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(out, "error:", err)
			return
		}
	}
	fmt.Fprintln(out, "bytes:", total, "buffered before flush:", out.Buffered() > 0)
}
