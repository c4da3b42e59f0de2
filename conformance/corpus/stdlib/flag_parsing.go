// Parsing command-line flags with the flag package from os.Args.
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1, "count")
	name := flag.String("name", "anon", "name")
	verbose := flag.Bool("v", false, "verbose")
	var ratio float64
	flag.Float64Var(&ratio, "ratio", 0.5, "ratio")
	flag.Parse()
	fmt.Println(*n, *name, *verbose, ratio)
	fmt.Println(flag.NArg(), flag.Args())
	fmt.Println(flag.NFlag())
}
