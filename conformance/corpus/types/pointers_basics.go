// Pointers: address-of, dereference, pointer to struct field access, new, pointer equality.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	inc(p)
	*p *= 10
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q, q != nil, q == p)
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{Val: 3}
	for c := n; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 42
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	ap := &arr[1]
	*ap = 20
	fmt.Println(arr)
	var np *Node
	fmt.Println(np == nil, np)
}
