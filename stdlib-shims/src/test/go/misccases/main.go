// Prints the results of container/heap, container/list, unicode/utf16, cmp and sort.Interface
// scenarios; the JUnit tests go.container.ContainersScenariosTest, go.unicode.utf16.Utf16ScenariosTest,
// go.cmp.CmpScenariosTest and go.sort.SortInterfaceScenariosTest run the same on the shims and
// compare with this output (src/test/resources/go/misccases.txt).
package main

import (
	"cmp"
	"container/heap"
	"container/list"
	"fmt"
	"math"
	"sort"
	"unicode/utf16"
)

// item has a priority; equal priorities show the heap's exact order of operations.
type item struct {
	name string
	prio int
}

type pq []*item

func (q pq) Len() int            { return len(q) }
func (q pq) Less(i, j int) bool  { return q[i].prio < q[j].prio }
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)         { *q = append(*q, x.(*item)) }
func (q *pq) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }
func (q pq) names() (s []string) {
	for _, it := range q {
		s = append(s, fmt.Sprint(it.name, it.prio))
	}
	return
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}

func main() {
	fmt.Println("== container/heap")
	q := &pq{{"a", 5}, {"b", 3}, {"c", 5}, {"d", 1}, {"e", 3}, {"f", 9}, {"g", 1}}
	heap.Init(q)
	fmt.Println(q.names())
	heap.Push(q, &item{"h", 0})
	heap.Push(q, &item{"i", 5})
	fmt.Println(q.names())
	(*q)[3].prio = 10
	heap.Fix(q, 3)
	fmt.Println(q.names())
	it := heap.Remove(q, 2).(*item)
	fmt.Println(it.name, it.prio, q.names())
	for q.Len() > 0 {
		it := heap.Pop(q).(*item)
		fmt.Print(it.name, it.prio, " ")
	}
	fmt.Println()

	fmt.Println("== container/list")
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(l)
	fmt.Println(l.Remove(e4), l.Remove(e4))
	printList(l)
	var other list.List
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(&other)
	l.PushFrontList(l)
	printList(l)
	fmt.Println(l.InsertBefore(9, other.Front()) == nil, e4.Next() == nil, e4.Prev() == nil)
	l.Init()
	printList(l)

	fmt.Println("== unicode/utf16")
	enc := utf16.Encode([]rune{'a', 'é', 0x1F600, 0xD800, 0x110000, 'z'})
	fmt.Println(enc, len(enc), cap(enc))
	dec := utf16.Decode([]uint16{0x61, 0xD83D, 0xDE00, 0xD800, 0x62, 0xDC00, 0xDBFF, 0xDFFF})
	fmt.Println(dec, len(dec), cap(dec))
	r1, r2 := utf16.EncodeRune(0x1F600)
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', r2))
	r1, r2 = utf16.EncodeRune('a')
	fmt.Println(r1, r2)
	fmt.Println(utf16.IsSurrogate(0xD800), utf16.IsSurrogate(0xE000), utf16.RuneLen('a'), utf16.RuneLen(0x1F600), utf16.RuneLen(0xD800), utf16.RuneLen(-1))
	fmt.Println(utf16.AppendRune(nil, 0x10000), utf16.AppendRune([]uint16{1}, 0xDFFF))

	fmt.Println("== cmp")
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	floats := []float64{nan, math.Inf(-1), -1, negz, 0, 1, math.Inf(1)}
	for _, x := range floats {
		for _, y := range floats {
			fmt.Print(cmp.Compare(x, y), cmp.Less(x, y), " ")
		}
		fmt.Println()
	}
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less("a", "b"), cmp.Compare(int64(-5), int64(-5)))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or[int](), cmp.Or(negz, 1.5))

	fmt.Println("== sort.Interface")
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "date", "plum"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Stable(sort.Reverse(words))
	fmt.Println(words, sort.IsSorted(words), sort.IsSorted(sort.Reverse(words)))
	sort.Sort(words)
	fmt.Println(words)
}
