// Local declarations in init and main shadow package variables without changing them.
package main

import "fmt"

var level = "package"

func init() {
	level := "init local"
	_ = level
}

func init() {
	level = level + "+init"
}

func main() {
	fmt.Println(level)
	level := "main local"
	fmt.Println(level)
	show()
}

func show() { fmt.Println(level) }
