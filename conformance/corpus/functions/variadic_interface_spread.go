// Variadic ...any parameters: passing []any with ..., nil, and forwarding to fmt functions.
package main

import "fmt"

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func count(args ...any) string { return fmt.Sprintf("%d args: %v", len(args), args) }

func forward(args ...any) string { return count(args...) }

func wrap(args ...any) string { return count(args) }

func main() {
	logf("%s=%d", "x", 1)
	logf("no args")
	fmt.Println(count())
	fmt.Println(count(nil))
	fmt.Println(count(nil...))
	fmt.Println(forward(1, "a"))
	fmt.Println(wrap(1, "a"))
	s := []any{"p", 2.5}
	fmt.Println(count(s...), count(s, s))
}
