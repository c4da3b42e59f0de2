// Type switches: single types, multiple types per case (variable keeps interface type), nil and default.
package main

import "fmt"

type MyErr struct{}

func (MyErr) Error() string { return "my error" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string " + x
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice len ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int8(2), int16(3), "s", MyErr{}, []int{1, 2}, func() int { return 9 }, 3.5, struct{}{}} {
		fmt.Println(describe(v))
	}
}
