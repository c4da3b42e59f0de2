// An unrecovered panic with a string value: message on stderr, deferred calls run, exit status 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred before crash runs")
	fmt.Println("start")
	panic("something went wrong")
}
