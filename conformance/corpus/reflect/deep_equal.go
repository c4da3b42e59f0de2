// reflect.DeepEqual: Go's rules for slices, maps, pointers, interfaces, NaN, funcs and cycles.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

type Pair struct {
	K string
	V any
}

type Tree struct {
	Kids map[string]*Tree
	Data []byte
}

func main() {
	nan := math.NaN()
	var nilSlice []int
	var nilMap map[string]int
	f := func() {}
	var nilFunc func()
	shared := []int{1, 2}
	checks := []struct {
		name string
		a, b any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"slices", []int{1, 2, 3}, []int{1, 2, 3}},
		{"slices differ", []int{1, 2, 3}, []int{1, 2, 4}},
		{"nil vs empty slice", nilSlice, []int{}},
		{"nil slices", nilSlice, []int(nil)},
		{"same backing", shared, shared},
		{"nil vs empty map", nilMap, map[string]int{}},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"maps keys differ", map[string]int{"a": 1}, map[string]int{"b": 1}},
		{"NaN", nan, nan},
		{"NaN in slice", []float64{nan}, []float64{nan}},
		{"-0 and 0", math.Copysign(0, -1), 0.0},
		{"funcs", f, f},
		{"nil funcs", nilFunc, nilFunc},
		{"arrays", [2]string{"x", "y"}, [2]string{"x", "y"}},
		{"structs", Pair{"k", 1}, Pair{"k", 1}},
		{"structs any differ", Pair{"k", 1}, Pair{"k", int64(1)}},
		{"pointers", &Pair{"k", []int{1}}, &Pair{"k", []int{1}}},
		{"nil pointers", (*Pair)(nil), (*Pair)(nil)},
		{"nil vs non-nil pointer", (*Pair)(nil), &Pair{}},
		{"nil any", nil, nil},
		{"nil vs typed nil", nil, (*Pair)(nil)},
		{"bytes", []byte("hello"), []byte("hello")},
		{"nested", map[string][]map[int]string{"a": {{1: "x"}}}, map[string][]map[int]string{"a": {{1: "x"}}}},
		{"trees", &Tree{Kids: map[string]*Tree{"l": {Data: []byte{1}}}}, &Tree{Kids: map[string]*Tree{"l": {Data: []byte{1}}}}},
		{"complex", 1 + 2i, 1 + 2i},
		{"errors", fmt.Errorf("x"), fmt.Errorf("x")},
	}
	for _, c := range checks {
		fmt.Printf("%-24s %v\n", c.name, reflect.DeepEqual(c.a, c.b))
	}

	// Cycles end: two rings of the same shape are deeply equal.
	a := &Node{Val: 1}
	a.Next = &Node{Val: 2, Next: a}
	b := &Node{Val: 1}
	b.Next = &Node{Val: 2, Next: b}
	fmt.Println("rings", reflect.DeepEqual(a, b))
	c := &Node{Val: 1}
	c.Next = &Node{Val: 3, Next: c}
	fmt.Println("rings differ", reflect.DeepEqual(a, c))
	self := make([]any, 1)
	self[0] = self
	other := make([]any, 1)
	other[0] = other
	fmt.Println("self slices", reflect.DeepEqual(self, other))
	m1 := map[string]any{}
	m1["me"] = m1
	m2 := map[string]any{}
	m2["me"] = m2
	fmt.Println("self maps", reflect.DeepEqual(m1, m2))
}
