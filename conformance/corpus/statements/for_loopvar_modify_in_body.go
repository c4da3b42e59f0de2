// Per-iteration loop variables: the post statement copies the value modified in the body.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 10; i++ {
		fs = append(fs, func() int { return i })
		i += 2 // affects this iteration's variable and the next iteration's start
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i *= 10; return i })
	}
	fmt.Println(gs[0](), gs[0](), gs[1](), gs[2]())
}
