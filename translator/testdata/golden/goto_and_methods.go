// Golden: goto, methods of a named integer type (pointer and value receivers), method
// expressions and values, f(g()) with several results, package variables from a call with
// several results, &g of a package variable, and a loop variable captured and changed.
package main

import "fmt"

// Counter counts.
type Counter int

// Inc adds one through a pointer receiver.
func (c *Counter) Inc() { *c++ }

// Get reads a value receiver.
func (c Counter) Get() int { return int(c) }

func divmod(a, b int) (int, int) { return a / b, a % b }

func show(q, r int) string { return fmt.Sprint(q, "r", r) }

var quotient, remainder = divmod(17, 5)

var total int

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto again
}

func main() {
	var c Counter
	c.Inc()
	inc := (*Counter).Inc
	inc(&c)
	get := c.Get
	fmt.Println(get(), Counter.Get(c), show(divmod(7, 2)), quotient, remainder)
	p := &total
	*p = collatz(27)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	fmt.Println(total, fs[0](), fs[1]())
}
