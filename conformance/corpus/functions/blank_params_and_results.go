// Blank and unnamed parameters, ignoring results, functions with no body results used as statements.
package main

import "fmt"

func ignoreFirst(_ int, b int) int { return b }
func unnamed(int, string) bool     { return true }
func two() (int, int)              { fmt.Println("two called"); return 1, 2 }

func main() {
	fmt.Println(ignoreFirst(1, 2), unnamed(0, ""))
	two()
	_, _ = two()
	a, _ := two()
	fmt.Println(a)
}
