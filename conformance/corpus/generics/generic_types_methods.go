// A generic Stack type with methods, instantiated with several types.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var si Stack[int]
	for i := range 4 {
		si.Push(i * i)
	}
	fmt.Println(si.Len())
	for {
		v, ok := si.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ss := &Stack[string]{}
	ss.Push("a")
	fmt.Println(ss.Pop())
	fmt.Println(ss.Pop())
	fmt.Printf("%T %T\n", si, ss)
}
