// for k, x[k] = range: index operands of the targets are evaluated before the assignments.
package main

import "fmt"

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	r := []rune{'a', 'b'}
	j := 1
	for j, r[j] = range "c" {
		break
	}
	fmt.Println(j, string(r))

	m := map[int]string{}
	k := 7
	for k, m[k] = range []string{"zero", "one"} {
	}
	fmt.Println(k, m)

	c := make(chan int, 1)
	v := 0
	select {
	case c <- v: // v is read before the next case's operand runs
	case <-set(&v):
	}
	fmt.Println(<-c, v)
}

func set(p *int) chan bool {
	*p = 42
	return make(chan bool)
}
