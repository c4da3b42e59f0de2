// Panics during package initialization can be recovered inside the initializing function.
package main

import "fmt"

var safe = safeParse("12x")

func safeParse(s string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered during init:", r)
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad char %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	fmt.Println("safe =", safe)
}
