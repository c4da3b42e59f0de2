// io helpers over strings.Reader: ReadAll, LimitReader, TeeReader, MultiReader, ReadFull, bufio.ReadString.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	all, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(string(all))
	var copyBuf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &copyBuf)
	b := make([]byte, 3)
	n, err := io.ReadFull(tee, b)
	fmt.Println(n, err, string(b), copyBuf.String())
	_, err = io.ReadFull(strings.NewReader("xy"), make([]byte, 5))
	fmt.Println(err)
	mr := io.MultiReader(strings.NewReader("one\n"), strings.NewReader("two\nthree"))
	br := bufio.NewReader(mr)
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	sr := strings.NewReader("seekable")
	sr.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest), sr.Len(), sr.Size())
}
