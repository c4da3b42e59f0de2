// A three-clause loop variable that closures capture (or whose address is taken) and the body changes.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		if i%2 == 0 {
			i++
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for j := 0; j < 3; j++ {
		ps = append(ps, &j)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func()
	for k := 0; k < 3; {
		gs = append(gs, func() { fmt.Print(k, " ") })
		k++
		if k == 2 {
			continue
		}
	}
	for _, g := range gs {
		g()
	}
	fmt.Println()
}
