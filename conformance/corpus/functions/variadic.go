// Variadic functions: zero args, multiple args, f(s...) shares the slice.
package main

import "fmt"

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s%d (n=%d, nil=%v)", prefix, t, len(nums), nums == nil)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func anyArgs(args ...any) int { return len(args) }

func main() {
	fmt.Println(sum("a:"))
	fmt.Println(sum("b:", 1, 2, 3))
	s := []int{10, 20}
	fmt.Println(sum("c:", s...))
	mutate(s...)
	fmt.Println(s)
	mutate(1, 2)
	fmt.Println(anyArgs(), anyArgs(nil), anyArgs(1, "x", nil))
	var empty []int
	fmt.Println(sum("d:", empty...))
	is := []any{1, 2}
	fmt.Println(anyArgs(is...), anyArgs(is))
}
