// goto: backward and forward jumps, out of nested loops and switches, variables declared between labels.
package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	return -1, -1
done:
	return 1, 1
}

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	switch {
	case n%2 == 0:
		n /= 2
		goto again
	default:
		n = 3*n + 1
	}
	goto again
}

func main() {
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1}}, 7))
	fmt.Println(collatz(27))
	i := 0
	total := 0
loop:
	total += i
	i++
	if i < 10 {
		goto loop
	}
	fmt.Println(total)
}
