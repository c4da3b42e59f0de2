// Diamond imports: c is imported by a and b and initialized exactly once, before both; main last.
package main

import (
	"fmt"

	"example.com/multi_pkg_init_chain/a"
	"example.com/multi_pkg_init_chain/b"
	"example.com/multi_pkg_init_chain/c"
)

func init() { c.Log("main.init") }

func main() {
	c.Log("main.main")
	fmt.Println(a.Value(), b.Value())
	for i, e := range c.Events() {
		fmt.Println(i, e)
	}
}
