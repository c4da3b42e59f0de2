// context.WithCancel propagates cancellation to a goroutine; ctx.Err reports the reason.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	stopped := make(chan error)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				stopped <- ctx.Err()
				return
			case results <- i:
			}
		}
	}()
	fmt.Println(<-results, <-results, <-results)
	cancel()
	err := <-stopped
	fmt.Println(err, errors.Is(err, context.Canceled))
	ctx2, cancel2 := context.WithTimeout(context.Background(), 0)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err())
	ctx3 := context.WithValue(context.Background(), "k", "v")
	fmt.Println(ctx3.Value("k"), ctx3.Value("missing"))
}
