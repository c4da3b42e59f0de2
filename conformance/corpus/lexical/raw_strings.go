// Raw string literals: no escapes, may span lines, backslashes kept.
package main

import "fmt"

func main() {
	a := `abc`
	b := `\n`
	c := `line1
	line2 "quoted" \t
line3`
	fmt.Println(a, len(b), b)
	fmt.Println(c)
	fmt.Printf("%q\n", c)
	fmt.Println(`` == "", len(`日本`))
	fmt.Println(`a` + "\t" + `b`)
}
