// fannkuch-redux (Benchmarks Game task): flips of pancake stacks over all permutations of 1..n.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fannkuch(n int) (checksum, maxFlips int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	r := n
	permCount := 0
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			// (i, j = i+1, j-1 as a post statement is not translated yet)
			for i, j := 0, k; i < j; i++ {
				perm[i], perm[j] = perm[j], perm[i]
				j--
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// next permutation in the order the task prescribes
		for {
			if r == n {
				return
			}
			perm0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = perm0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	n := 7
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	checksum, flips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, flips)
}
