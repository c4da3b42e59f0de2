// Re-panicking with the recovered value prints "[recovered, repanicked]" (Go 1.23+).
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- re-panicking")
		panic(r)
	}()
	panic("original failure")
}
