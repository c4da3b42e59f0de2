// container/heap as a priority queue (ties popped in Go's order) and container/list as a deque.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type task struct {
	name string
	prio int
}

type queue struct{ tasks []task }

func (q *queue) Len() int           { return len(q.tasks) }
func (q *queue) Less(i, j int) bool { return q.tasks[i].prio < q.tasks[j].prio }
func (q *queue) Swap(i, j int)      { q.tasks[i], q.tasks[j] = q.tasks[j], q.tasks[i] }
func (q *queue) Push(x any)         { q.tasks = append(q.tasks, x.(task)) }
func (q *queue) Pop() any {
	t := q.tasks[len(q.tasks)-1]
	q.tasks = q.tasks[:len(q.tasks)-1]
	return t
}

func main() {
	q := &queue{[]task{{"write", 3}, {"test", 2}, {"plan", 1}, {"ship", 3}, {"fix", 2}}}
	heap.Init(q)
	heap.Push(q, task{"review", 2})
	for q.Len() > 0 {
		t := heap.Pop(q).(task)
		fmt.Println(t.prio, t.name)
	}

	l := list.New()
	l.PushBack("b")
	l.PushFront("a")
	c := l.PushBack("c")
	l.InsertBefore("b2", c)
	l.MoveToFront(c)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
