// m[k] op= v and s[i] op= v: one map lookup when nothing can intervene; temporaries for operands with effects.
package main

import "fmt"

func key() string { return "k" }

func main() {
	counts := map[string]int{}
	seq := "GGTA"
	for i := 0; i+2 <= len(seq); i++ {
		counts[seq[i:i+2]]++
	}
	counts[key()] += len(seq)
	counts["x"] /= len(seq) + 1
	s := []int{1, 2}
	s[len(s)-1] *= 3
	s[len(key())] -= 1
	fmt.Println(counts, s)
}
