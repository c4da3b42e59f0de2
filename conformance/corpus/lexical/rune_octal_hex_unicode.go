// Rune literals with octal, hex, \u and \U escapes.
package main

import "fmt"

func main() {
	fmt.Println('\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234', '\u00e9', '\U0001F600')
	fmt.Println(string('\u00e9'), string('\U0001F600'))
	fmt.Println('\x41' == 'A', '\101' == 'A', '\u0041' == 'A')
}
