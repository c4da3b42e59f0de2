// recover() in a named function deferred without arguments (defer catch()) stops the panic; called one level deeper it does not.
package main

import "fmt"

func catch() {
	if r := recover(); r != nil {
		fmt.Println("caught:", r)
	}
}

func deeper() { catch() }

func one() {
	defer catch()
	panic("one")
}

func two() (s string) {
	defer func() { s = fmt.Sprint("two recovered: ", recover()) }()
	defer deeper()
	panic("two")
}

func main() {
	one()
	fmt.Println(two())
	fmt.Println("done")
}
