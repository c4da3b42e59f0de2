// iter.Pull converts a push iterator into next/stop functions.
package main

import (
	"fmt"
	"iter"
)

func Letters(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		defer fmt.Println("letters done")
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Letters("héy"))
	for {
		r, ok := next()
		if !ok {
			break
		}
		fmt.Printf("%c ", r)
	}
	fmt.Println()
	stop()
	next2, stop2 := iter.Pull(Letters("abc"))
	r, ok := next2()
	fmt.Println(string(r), ok)
	stop2()
	r, ok = next2()
	fmt.Println(r, ok)
}
