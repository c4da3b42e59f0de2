// context.WithCancel trees: canceling a parent cancels every descendant, Err and Cause, values along the chain.
package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

func main() {
	root := context.Background()
	fmt.Println(root, context.TODO(), root.Err(), root.Done() == nil)
	parent, cancelParent := context.WithCancel(root)
	child, cancelChild := context.WithCancel(parent)
	valued := context.WithValue(child, key("user"), "gopher")
	grandchild, cancelGrandchild := context.WithCancelCause(valued)
	defer cancelChild()
	defer cancelGrandchild(nil)

	fmt.Println(valued.Value(key("user")), valued.Value(key("other")), valued.Value("user"))
	fmt.Println(parent.Err(), child.Err(), grandchild.Err())

	done := make(chan string)
	go func() {
		<-grandchild.Done()
		done <- fmt.Sprint("grandchild done: ", grandchild.Err(), " / ", context.Cause(grandchild))
	}()
	cancelParent()
	fmt.Println(<-done)
	fmt.Println(parent.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	cancelParent() // a second cancel does nothing

	ctx, cancel := context.WithCancelCause(root)
	cancel(errors.New("disk full"))
	cancel(errors.New("ignored"))
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))

	late, cancelLate := context.WithCancel(ctx) // parent already canceled
	fmt.Println(late.Err(), context.Cause(late))
	cancelLate()
	fmt.Println(parent, valued)
}
