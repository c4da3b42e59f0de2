// A UTF-8 byte order mark at the very start of the source is ignored.
package main

import "fmt"

func main() {
	fmt.Println("bom ok")
}
