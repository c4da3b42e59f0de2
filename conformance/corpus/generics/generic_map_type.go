// A generic ordered map built on a map plus key slice, with cmp.Ordered keys.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type SortedMap[K cmp.Ordered, V any] struct {
	m map[K]V
}

func NewSortedMap[K cmp.Ordered, V any]() *SortedMap[K, V] {
	return &SortedMap[K, V]{m: map[K]V{}}
}

func (s *SortedMap[K, V]) Put(k K, v V) { s.m[k] = v }

func (s *SortedMap[K, V]) Keys() []K {
	keys := make([]K, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (s *SortedMap[K, V]) Each(f func(K, V)) {
	for _, k := range s.Keys() {
		f(k, s.m[k])
	}
}

func main() {
	sm := NewSortedMap[string, int]()
	for i, w := range []string{"delta", "alpha", "charlie", "bravo"} {
		sm.Put(w, i)
	}
	sm.Each(func(k string, v int) { fmt.Println(k, v) })
	fm := NewSortedMap[float64, []string]()
	fm.Put(2.5, []string{"x"})
	fm.Put(-1, nil)
	fmt.Println(fm.Keys())
}
