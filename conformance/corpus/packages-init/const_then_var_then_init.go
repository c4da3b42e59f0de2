// Constants are compile-time; variables initialize before init(); init runs before main.
package main

import "fmt"

const greeting = "hi"

var message = build()

func build() string {
	fmt.Println("building message from constant", greeting)
	return greeting + " there"
}

func init() {
	fmt.Println("init sees message:", message)
	message += "!"
}

func main() {
	fmt.Println("main sees message:", message)
}
