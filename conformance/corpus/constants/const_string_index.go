// Indexing and slicing constant strings yields non-constant values.
package main

import "fmt"

const word = "constant"

func main() {
	b := word[0]
	s := word[3:6]
	fmt.Printf("%T %v %T %v\n", b, b, s, s)
	for i := range len(word) {
		fmt.Print(string(word[len(word)-1-i]))
	}
	fmt.Println()
}
