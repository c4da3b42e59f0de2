// := may redeclare variables in the same scope if at least one new variable is declared.
package main

import (
	"errors"
	"fmt"
)

func f(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	a, err := f(1)
	p := &err
	b, err := f(-1) // err reused (same variable), b new
	fmt.Println(a, b, err, *p == err, p == &err)
	{
		a, err := f(5) // new variables in inner scope
		fmt.Println(a, err)
	}
	fmt.Println(a, err)
	x, x2 := 1, 2
	x, x3 := x2+10, x+20 // right side uses old x
	fmt.Println(x, x2, x3)
}
