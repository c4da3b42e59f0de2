// Type switch cases are tried in order; an interface case can match before a concrete one.
package main

import "fmt"

type T int

func (T) String() string { return "T!" }

func classify(v any) string {
	switch v.(type) {
	case fmt.Stringer:
		return "Stringer"
	case T:
		return "T"
	case int:
		return "int"
	}
	return "none"
}

func main() {
	fmt.Println(classify(T(1)), classify(1), classify("x"))
	var s fmt.Stringer
	switch s.(type) {
	case nil:
		fmt.Println("nil Stringer")
	default:
		fmt.Println("not nil")
	}
	switch v := any(T(5)).(type) {
	case fmt.Stringer, int:
		fmt.Printf("%T %v\n", v, v)
	}
}
