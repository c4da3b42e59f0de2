// Type switch on a value of type-parameter type via any(x).
package main

import "fmt"

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe[any]([]any{1}))
}
