// Named result parameters are zero-initialized variables, assignable and returned by bare return.
package main

import (
	"errors"
	"fmt"
)

func parse(s string) (n int, err error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			err = errors.New("bad digit " + string(c))
			return
		}
		n = n*10 + int(c-'0')
	}
	return
}

func zeroes() (i int, s string, p *int, sl []int) { return }

func override() (x int) {
	x = 5
	return 7 // explicit values are assigned to results
}

func main() {
	fmt.Println(parse("123"))
	fmt.Println(parse("12a4"))
	i, s, p, sl := zeroes()
	fmt.Println(i, s == "", p == nil, sl == nil)
	fmt.Println(override())
}
