// Line and general comments in odd places, and comment-like text in strings.
package main

import "fmt" // trailing comment

/* block comment
   spanning lines */

func /* here */ main() {
	x := 1 /* inline */ + /* more */ 2
	// y := 100
	fmt.Println(x /* arg comment */)
	fmt.Println("// not a comment", `/* not a comment */`)
	a := 5 /* a general comment containing newlines
	acts like a newline */
	fmt.Println(a)
	fmt.Println(/**/ 7)
}
