// Expression switch: multiple values per case, default anywhere, no implicit fallthrough.
package main

import "fmt"

func kind(c rune) string {
	switch c {
	default:
		return "other"
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
}

func main() {
	for _, c := range "hi ou\t!" {
		fmt.Printf("%q %s\n", c, kind(c))
	}
	x := 5
	switch x * 2 {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
	case 10 + 0*x:
		fmt.Println("unreachable duplicate (non-constant)")
	}
	switch {
	}
	switch x := "shadow"; x {
	case "shadow":
		fmt.Println("init shadowed", x)
	}
}
