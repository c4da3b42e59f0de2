// The Go API of package container/list (Java: go.container.list.List, which is both the
// package class and the type List, and go.container.list.Element).
package list

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	// The value stored with this element.
	Value any
}

func (e *Element) Next() *Element
func (e *Element) Prev() *Element

// List represents a doubly linked list. The zero value for List is an empty list ready
// to use.
type List struct {
	len int
}

func New() *List

func (l *List) Init() *List
func (l *List) Len() int
func (l *List) Front() *Element
func (l *List) Back() *Element
func (l *List) Remove(e *Element) any
func (l *List) PushFront(v any) *Element
func (l *List) PushBack(v any) *Element
func (l *List) InsertBefore(v any, mark *Element) *Element
func (l *List) InsertAfter(v any, mark *Element) *Element
func (l *List) MoveToFront(e *Element)
func (l *List) MoveToBack(e *Element)
func (l *List) MoveBefore(e, mark *Element)
func (l *List) MoveAfter(e, mark *Element)
func (l *List) PushBackList(other *List)
func (l *List) PushFrontList(other *List)
