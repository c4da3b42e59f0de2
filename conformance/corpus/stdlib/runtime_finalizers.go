// runtime.SetFinalizer: finalizers of unreachable objects run on their own goroutine after
// runtime.GC, see the object's last state, run before those of objects it points to, and a
// finalizer removed with nil never runs.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type node struct {
	name string
	next *node
}

var order = make(chan string, 10)

func setup() {
	b := &node{name: "b"}
	a := &node{name: "a", next: b}
	runtime.SetFinalizer(b, func(n *node) { order <- n.name })
	runtime.SetFinalizer(a, func(n *node) { order <- n.name + "->" + n.next.name })
	c := &node{name: "c"}
	runtime.SetFinalizer(c, func(n *node) { panic("removed finalizer ran") })
	runtime.SetFinalizer(c, nil)
	a.name = "a2"
}

func main() {
	setup()
	var got []string
	deadline := time.After(5 * time.Second)
	for len(got) < 2 {
		runtime.GC()
		select {
		case s := <-order:
			got = append(got, s)
		case <-deadline:
			fmt.Println("timeout", got)
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
	fmt.Println(got)
}
