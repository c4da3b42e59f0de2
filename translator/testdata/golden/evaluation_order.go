// Go's evaluation order made explicit: range expressions copied when the loop assigns them, tuple targets
// pinned before the first store, post statements with temporaries, deferred func values and receivers.
package main

import "fmt"

type P struct{ f int }

func (p P) Show() { fmt.Println(p.f) }

func main() {
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	s := []int{1, 2, 3}
	for _, v := range s {
		fmt.Print(v)
	}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Print(v)
	}
	i := 0
	i, s[i] = 1, 9
	p, q := &P{1}, &P{2}
	p, p.f = q, 9
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, b)
	}
	f := func() { fmt.Println("first") }
	defer f()
	f = func() { fmt.Println("second") }
	defer p.Show()
	p.f = 0
	fmt.Println(i, s, p.f, q.f)
}
