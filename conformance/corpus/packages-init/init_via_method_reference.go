// A reference to a method counts as a dependency on that method's body.
package main

import "fmt"

type T struct{}

func (T) Get() string { return prefix + "-value" }

var result = T{}.Get()
var prefix = initPrefix()

func initPrefix() string {
	fmt.Println("prefix initialized")
	return "pre"
}

var methodValue = T.Get

var later = methodValue(T{}) + "!"

func main() {
	fmt.Println(result, later)
}
