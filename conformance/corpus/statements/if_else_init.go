// if/else chains with init statements; init variables are scoped to the whole chain.
package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if r := n % 3; r == 0 {
		return "div3"
	} else if q := n / 3; q > 2 {
		return fmt.Sprintf("big r=%d q=%d", r, q)
	} else {
		return fmt.Sprintf("small r=%d q=%d", r, q)
	}
}

func main() {
	for _, n := range []int{3, 4, 11, 12, 5} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("12x"); err != nil {
		fmt.Println("error:", err, v)
	}
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
}
