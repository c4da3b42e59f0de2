// Print/Sprint add spaces only between operands when neither is a string; Println always separates.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y", nil, []int{1})
	fmt.Printf("%q\n", s)
	s2 := fmt.Sprintln("end", 1)
	fmt.Printf("%q\n", s2)
	n, err := fmt.Fprint(os.Stdout, "count", 10, 20, "\n")
	fmt.Println(n, err)
	fmt.Println()
	fmt.Println(nil, []any{nil, 1}, map[string]any{"k": nil})
}
