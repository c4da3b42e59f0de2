// return forms: bare return with named results, returning calls, multiple results.
package main

import "fmt"

func named(n int) (sq, cube int) {
	sq = n * n
	if n < 0 {
		return
	}
	cube = sq * n
	return
}

func pass() (int, int) { return named(3) }

func shadow() (r int) {
	r = 1
	{
		r := 2 // shadows, so a bare return would be illegal here; use explicit
		return r + 10
	}
}

func main() {
	fmt.Println(named(2))
	fmt.Println(named(-2))
	fmt.Println(pass())
	fmt.Println(shadow())
}
