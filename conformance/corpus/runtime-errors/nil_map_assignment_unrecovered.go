// Unrecovered assignment to an entry in a nil map.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["read is fine"])
	m["write"] = 1
}
