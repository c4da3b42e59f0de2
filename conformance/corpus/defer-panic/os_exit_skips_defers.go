// os.Exit terminates immediately with the given status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call never runs")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "message on stderr")
	os.Exit(3)
}
