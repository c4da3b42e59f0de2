// Tagless switch evaluates cases top to bottom; fallthrough transfers into the next clause unconditionally.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Println(s, grade(s))
	}
	for _, n := range []int{0, 1, 2, 3} {
		fmt.Print(n, ":")
		switch n {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" one-or-after-zero")
			fallthrough
		case 2:
			fmt.Print(" two-or-after")
		default:
			fmt.Print(" default")
		}
		fmt.Println()
	}
}
