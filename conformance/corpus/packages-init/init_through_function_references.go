// Dependencies through function bodies count: a var whose initializer calls a function that reads another var.
package main

import "fmt"

var total = sum()

func sum() int {
	s := 0
	for _, v := range values {
		s += v
	}
	return s
}

var values = makeValues()

func makeValues() []int {
	fmt.Println("makeValues runs first")
	return []int{1, 2, 3, 4}
}

var label = fmt.Sprintf("total=%d", total)

func main() {
	fmt.Println(label, len(values))
}
