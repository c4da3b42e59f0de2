// Reading numbers from stdin with bufio.Reader and strconv; invalid tokens are reported.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	sum := 0.0
	count := 0
	for {
		line, err := r.ReadString('\n')
		for _, tok := range strings.Fields(line) {
			v, perr := strconv.ParseFloat(tok, 64)
			if perr != nil {
				fmt.Println("skip:", perr)
				continue
			}
			sum += v
			count++
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			return
		}
	}
	fmt.Printf("count=%d sum=%.3f mean=%.3f\n", count, sum, sum/float64(count))
}
