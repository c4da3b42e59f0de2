// Values of unnamed struct types with embedded fields satisfy interfaces through their
// promoted methods: struct values and pointers, value and pointer receivers, embedded
// pointers (a nil one runs a method written for nil receivers), embedded interfaces.
package main

import "fmt"

type Name string

func (n Name) Describe() string { return "name " + string(n) }

type Count int

func (c *Count) Describe() string { return fmt.Sprint("count ", *c) }

type Node struct{ v int }

func (n *Node) Describe() string {
	if n == nil {
		return "nil node"
	}
	return fmt.Sprint("node ", n.v)
}

type Describer interface{ Describe() string }

func show(d Describer) { fmt.Println(d.Describe()) }

func main() {
	byValue := struct{ Name }{"x"}
	show(byValue)
	show(&byValue)

	byPointer := struct{ *Count }{new(Count)}
	*byPointer.Count = 3
	show(byPointer)

	withNode := struct {
		*Node
		extra int
	}{}
	show(withNode) // the embedded *Node is nil; Describe handles nil
	withNode.Node = &Node{7}
	show(&withNode)

	viaInterface := struct{ Describer }{Name("inner")}
	show(viaInterface)

	counted := struct{ Count }{5}
	show(&counted) // *Count's method is promoted only to the pointer

	var any1 any = byValue
	if d, ok := any1.(Describer); ok {
		fmt.Println("assertion:", d.Describe())
	}
	fmt.Printf("%v %T\n", any1, any1)
	var d1, d2 Describer = byValue, struct{ Name }{"x"}
	fmt.Println(d1 == d2)
}
