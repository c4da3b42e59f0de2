// context.WithTimeout and WithDeadline: expiry, DeadlineExceeded, earlier parent deadlines, select on Done.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	fmt.Println(work(ctx, time.Millisecond))
	err := work(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	_, ok := ctx.Deadline()
	fmt.Println(ok, context.Cause(ctx))

	parent, cancelParent := context.WithTimeout(context.Background(), time.Hour)
	defer cancelParent()
	pd, _ := parent.Deadline()
	child, cancelChild := context.WithDeadline(parent, time.Now().Add(2*time.Hour))
	cd, _ := child.Deadline()
	fmt.Println(pd.Equal(cd))
	cancelChild()
	fmt.Println(child.Err(), parent.Err())

	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println(past.Err())

	why := errors.New("too slow")
	slow, cancelSlow := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, why)
	defer cancelSlow()
	<-slow.Done()
	fmt.Println(slow.Err(), context.Cause(slow))

	detached := context.WithoutCancel(context.WithValue(slow, "k", 1))
	fmt.Println(detached.Err(), detached.Value("k"), detached.Done() == nil)

	results := make(chan int)
	ctx2, cancel2 := context.WithCancel(context.Background())
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-ctx2.Done()
			results <- id
		}(i)
	}
	cancel2()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("workers stopped", sum)
}
