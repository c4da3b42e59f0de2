// Go 1.22 semantics: each iteration of a 3-clause for loop has its own loop variable.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var rs []func() string
	for _, s := range []string{"a", "b", "c"} {
		rs = append(rs, func() string { return s })
	}
	for _, f := range rs {
		fmt.Print(f())
	}
	fmt.Println()
}
