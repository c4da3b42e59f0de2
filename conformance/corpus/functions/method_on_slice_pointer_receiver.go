// Pointer-receiver methods on named slice types modify the caller's slice header.
package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }
func (s Stack) Len() int  { return len(s) }

func main() {
	var s Stack
	for i := range 5 {
		s.Push(i * i)
	}
	fmt.Println(s, s.Len(), s.Peek())
	fmt.Println(s.Pop(), s.Pop(), s.Len())
	fmt.Println(s)
}
