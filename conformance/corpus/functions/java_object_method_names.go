// Go functions and variables may use names that are special in Java.
package main

import "fmt"

var Main = 7
var initialized = "yes"

func wait() int     { return 1 }
func hashCode() int { return 2 }
func getClass() int { return 3 }
func String() int   { return 4 }
func String_() int  { return 5 }

func main() {
	Fmt := 6
	Ints := 2
	fmt.Println(wait(), hashCode(), getClass(), String(), String_(), Fmt, Main, initialized, 1<<Ints)
}
