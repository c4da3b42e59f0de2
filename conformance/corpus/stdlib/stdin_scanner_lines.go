// Reading standard input line by line with bufio.Scanner; numbering and trimming lines.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	longest := ""
	for sc.Scan() {
		n++
		line := sc.Text()
		fmt.Printf("%2d: %q\n", n, line)
		if len(strings.TrimSpace(line)) > len(longest) {
			longest = strings.TrimSpace(line)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", n, "longest:", longest)
}
