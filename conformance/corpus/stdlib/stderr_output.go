// Writing to stderr with fmt.Fprintln(os.Stderr), println and log (without timestamps); exit status 0.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr via fmt")
	println("builtin println", 42, true)
	print("builtin print no newline|")
	print("\n")
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("logged line")
	log.Printf("value=%d", 7)
	fmt.Println("done")
}
