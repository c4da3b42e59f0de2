// Long strings built from concatenated literals across lines.
package main

import "fmt"

const banner = "first line\n" +
	"second line\n" +
	`third "raw" line` + "\n"

func main() {
	fmt.Print(banner)
	fmt.Println(len(banner))
	s := "" + "" + "x"
	fmt.Println(s)
}
