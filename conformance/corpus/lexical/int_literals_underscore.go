// Underscores as digit separators in all integer bases.
package main

import "fmt"

const (
	million = 1_000_000
	mask    = 0b_1010_1010
	perm    = 0o_7_5_5
	word    = 0xCAFE_F00D
	legacy  = 0_600
)

func main() {
	fmt.Println(million, mask, perm, word, legacy)
	fmt.Printf("%b %o %x %X %d\n", mask, perm, word, word, legacy)
	x := 1_2_3_4
	fmt.Println(x * 1_0)
}
