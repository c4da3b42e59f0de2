// Tuple assignment: the targets' index operands and pointers are evaluated before any assignment.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

var g = 0

func bump() int { g++; return g }

func pair() (*int, int) { return nil, 42 }

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	j := 0
	j, a[j], a[j+1] = 2, bump(), bump()*10
	fmt.Println(j, a)
	m := map[string]int{}
	k := "x"
	k, m[k] = "y", 1
	fmt.Println(k, m)
	n1 := &node{val: 1}
	n2 := &node{val: 2}
	p := n1
	p, p.val = n2, 100
	fmt.Println(n1.val, n2.val, p.val)
	q := &a[0]
	q, *q = &a[1], 7
	fmt.Println(a, *q)
	arr := [3]int{}
	idx := [3]int{2, 0, 1}
	arr[idx[0]], idx[0] = 5, 1
	fmt.Println(arr, idx)
	s := []int{0, 0, 0}
	x := 0
	s[x], x, s[x] = 1, 2, 3
	fmt.Println(s, x)
	r := new(int)
	old := r
	r, *r = pair()
	fmt.Println(r == nil, *old)
	var box any = true
	b := new(bool)
	oldB := b
	b, *b = box.(*bool)
	fmt.Println(b == nil, *oldB)
	ch := make(chan int, 1)
	ch <- 8
	w := []int{0, 0}
	wi := 1
	wi, w[wi] = <-ch, 4
	fmt.Println(wi, w)
	arr2 := []int{1, 2}
	arr2, arr2[len(arr2)-1] = arr2[:len(arr2)-1], 3
	fmt.Println(arr2, arr2[:2])
	c := [3]int{1, 2, 3}
	c[0], c[1], c[2] = c[2], c[0], c[1]
	fmt.Println(c)
}
