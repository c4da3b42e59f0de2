// The blank identifier in declarations, assignments and range clauses.
package main

import "fmt"

var _ = initSide()

func initSide() int {
	fmt.Println("blank var initialized")
	return 0
}

func pair() (int, string) { return 7, "seven" }

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(n, s)
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	for range 3 {
		sum++
	}
	_ = sum
	var _ int = 5
	fmt.Println(sum)
}
