// Function values: assignment, nil comparison, func types as map values and parameters.
package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int {
	if op == nil {
		return 0
	}
	return op(a, b)
}

func add(a, b int) int { return a + b }

func main() {
	var f BinOp
	fmt.Println(f == nil, apply(f, 1, 2))
	f = add
	fmt.Println(f != nil, apply(f, 1, 2))
	ops := map[string]BinOp{
		"+": add,
		"*": func(a, b int) int { return a * b },
	}
	fmt.Println(apply(ops["*"], 6, 7), apply(ops["missing"], 6, 7))
	var g func() = nil
	fmt.Println(g == nil)
	fmt.Printf("%T\n", f)
}
