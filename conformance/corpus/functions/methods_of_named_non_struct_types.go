// Pointer and value methods of named slice, map, array and integer types; method values and expressions.
package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

type List []int

func (l *List) Add(x int) { *l = append(*l, x) }
func (l *List) Len() int {
	if l == nil {
		return -1
	}
	return len(*l)
}

type Arr [3]int

func (a *Arr) Set(i, v int) { a[i] = v }

type M map[string]int

func (m *M) Put(k string, v int) { (*m)[k] = v }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c, c.Get(), p.Get())
	var l List
	l.Add(1)
	l.Add(2)
	fmt.Println(l, l.Len())
	var np *List
	fmt.Println(np.Len())
	var a Arr
	a.Set(1, 5)
	fmt.Println(a)
	m := M{}
	m.Put("a", 1)
	fmt.Println(m)
	inc := c.Get
	fmt.Println(inc())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
}
