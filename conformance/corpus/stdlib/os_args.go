// os.Args holds the command-line arguments after the program name (os.Args[0] is not printed).
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	for i, a := range args {
		fmt.Printf("%d: %q\n", i, a)
	}
	fmt.Println(strings.Join(args, "|"))
	fmt.Println(len(os.Args[0]) > 0)
}
