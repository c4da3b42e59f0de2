// runtime/trace when the program is not being traced: annotations run their code and record nothing.
package main

import (
	"context"
	"fmt"
	"runtime/trace"
)

type key string

func main() {
	fmt.Println(trace.IsEnabled())
	parent := context.WithValue(context.Background(), key("user"), "gopher")
	ctx, task := trace.NewTask(parent, "order")
	fmt.Println(ctx.Value(key("user")), ctx.Err(), ctx != parent)
	trace.Log(ctx, "step", "start")
	trace.Logf(ctx, "step", "item %d of %d", 1, 3)
	ran := 0
	trace.WithRegion(ctx, "work", func() {
		ran++
		r := trace.StartRegion(ctx, "inner")
		ran++
		r.End()
	})
	task.End()
	trace.Stop()
	fmt.Println("regions ran:", ran, trace.IsEnabled())
}
