// A generic singly linked list with an iterator method and a generic Map helper.
package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	var vals []U
	l.Each(func(v T) { vals = append(vals, f(v)) })
	out := &List[U]{}
	for i := len(vals) - 1; i >= 0; i-- {
		out.PushFront(vals[i])
	}
	return out
}

func main() {
	l := &List[int]{}
	for i := 1; i <= 4; i++ {
		l.PushFront(i)
	}
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println(l.size)
	s := MapList(l, func(v int) string { return fmt.Sprintf("<%d>", v) })
	s.Each(func(v string) { fmt.Print(v) })
	fmt.Println()
}
