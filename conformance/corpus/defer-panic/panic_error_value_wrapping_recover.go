// Recovering different panic value types and converting them to errors uniformly.
package main

import (
	"errors"
	"fmt"
)

func toErr(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		case string:
			err = errors.New(r)
		default:
			err = fmt.Errorf("unknown panic: %v (%T)", r, r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(toErr(func() {}))
	fmt.Println(toErr(func() { panic("str") }))
	fmt.Println(toErr(func() { panic(errors.New("err")) }))
	fmt.Println(toErr(func() { panic(3.25) }))
	fmt.Println(toErr(func() { panic([]int{1}) }))
	var m map[string]int
	fmt.Println(toErr(func() { m["x"] = 1 }))
}
