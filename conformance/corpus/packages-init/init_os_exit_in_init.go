// os.Exit inside init ends the program before main with the given status.
package main

import (
	"fmt"
	"os"
)

func init() {
	fmt.Println("init: validating")
	if len(os.Args) < 5 {
		fmt.Fprintln(os.Stderr, "usage error: not enough arguments")
		os.Exit(4)
	}
}

func main() {
	fmt.Println("unreachable")
}
