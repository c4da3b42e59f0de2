// Method values capture a copy (value receiver) or pointer (pointer receiver) at evaluation.
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }
func (a *Acc) Add(n int)   { a.total += n }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var a Acc
	show := a.Show
	each([]int{1, 2, 3}, a.Add)
	fmt.Println(a.total, show(), a.Show())
	p := &a
	show2 := p.Show // *p copied now
	p.Add(10)
	fmt.Println(show2(), p.Show())
}
