// gc's evaluation order: calls (and len, slicing, receives, && and ||) are evaluated first,
// in source order; package variables are read afterwards, so they see what the calls stored.
package main

import "fmt"

var one = 1

var s = []int{1, 2, 3}

var log []string

func bump() int {
	one += 10
	return one
}

func grow() int {
	s = append(s, 4)
	return len(s)
}

func note(msg string) bool {
	log = append(log, msg)
	one++
	return true
}

func pair(a, b int) int { return a*1000 + b }

func triple(a, b, c int) string { return fmt.Sprint(a, " ", b, " ", c) }

func two() (int, int) { return one, bump() }

type counter struct{ n int }

func (c *counter) inc() int {
	c.n++
	one *= 2
	return c.n
}

var c = &counter{}

var initOrder = pair(one, bump()) // package initializers follow the same order

func cond() bool { return one > 30 }

func main() {
	fmt.Println(initOrder)
	fmt.Println(pair(one, bump()))
	fmt.Println(one, bump())
	x := one + bump()
	fmt.Println(x)
	a, b := one, bump()
	fmt.Println(a, b)
	fmt.Println(triple(one, pair(one, bump()), one))
	fmt.Println(two())
	fmt.Println(pair(one, c.inc()), c.n)
	fmt.Println(triple(len(s), grow(), len(s)))
	fmt.Println(s[1:], grow(), s)
	fmt.Println(one > 0 && note("and"), one, bump(), log)
	fmt.Println(triple(one, one+c.inc(), one))
	one += bump()
	fmt.Println(one)
	if one == bump()-10 {
		fmt.Println("equal after bump")
	}
	var p, q = one, bump()
	fmt.Println(p, q)
	m := map[int]string{2: "two"}
	v, ok := m[len(s)-grow()+2]
	fmt.Println(v, ok, len(s))
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(one, <-ch, bump())
	fmt.Println(ret())
	fmt.Println(cond() || note("or"), one, bump())
}

func ret() (int, int) {
	return one, bump()
}
