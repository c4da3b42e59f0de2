// for with condition only, infinite for with break, and omitted clauses.
package main

import "fmt"

func main() {
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	i := 0
	for {
		i++
		if i == 4 {
			break
		}
		if i%2 == 0 {
			continue
		}
		fmt.Println("odd", i)
	}
	for j := 10; ; j-- {
		if j < 8 {
			break
		}
		fmt.Println("j", j)
	}
	k := 0
	for ; k < 3; {
		k++
	}
	fmt.Println(k)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ",", b, " ")
	}
	fmt.Println()
}
