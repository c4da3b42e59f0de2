// Predeclared identifiers (true, len, int, nil, string) may be shadowed.
package main

import "fmt"

func main() {
	fmt.Println(true, len("abc"))
	{
		true := false
		len := func(s string) int { return 99 }
		fmt.Println(true, len("abc"))
	}
	{
		type int = string
		var x int = "I am a string"
		fmt.Println(x)
	}
	{
		nil := 5
		fmt.Println(nil + 1)
	}
	string := 3
	fmt.Println(string * 2)
	fmt.Println(true, len("abcd"))
}
