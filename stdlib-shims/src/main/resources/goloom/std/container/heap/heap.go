// The Go API of package container/heap (Java: go.container.heap.Heap; heap.Interface is
// go.container.heap.Interface).
package heap

import "sort"

// The Interface type describes the requirements for a type using the routines in this
// package.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

func Init(h Interface)
func Push(h Interface, x any)
func Pop(h Interface) any
func Remove(h Interface, i int) any
func Fix(h Interface, i int)
