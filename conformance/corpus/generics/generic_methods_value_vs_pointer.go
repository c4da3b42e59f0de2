// Generic type with value and pointer receivers; instantiation inside another generic type.
package main

import "fmt"

type Counter[K comparable] struct{ m map[K]int }

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }
func (c *Counter[K]) Add(k K)               { c.m[k]++ }
func (c Counter[K]) Get(k K) int            { return c.m[k] }

type Histogram[K comparable] struct {
	counts *Counter[K]
	total  int
}

func (h *Histogram[K]) Observe(ks ...K) {
	for _, k := range ks {
		h.counts.Add(k)
		h.total++
	}
}

func main() {
	h := Histogram[rune]{counts: NewCounter[rune]()}
	h.Observe([]rune("mississippi")...)
	for _, r := range "misp" {
		fmt.Printf("%c=%d ", r, h.counts.Get(r))
	}
	fmt.Println(h.total)
}
