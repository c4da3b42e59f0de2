// Timers and tickers: Stop and Reset (Go 1.23 semantics), AfterFunc, Ticker ticks and Reset, Tick, Sleep, Since.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired; stop after receive:", t.Stop())

	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	// Go 1.23: the undelivered value is discarded by Stop, which reports true.
	fmt.Println("stop unreceived:", t2.Stop(), "len/cap:", len(t2.C), cap(t2.C))
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}

	var wg sync.WaitGroup
	wg.Add(1)
	order := make(chan string, 3)
	af := time.AfterFunc(5*time.Millisecond, func() {
		order <- "afterfunc ran"
		wg.Done()
	})
	wg.Wait()
	fmt.Println(<-order, "stop after run:", af.Stop(), af.C == nil)
	cancelled := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop afterfunc:", cancelled.Stop())

	ticker := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			break
		}
	}
	ticker.Reset(2 * time.Millisecond)
	<-ticker.C
	ticker.Stop()
	fmt.Println("ticks:", n+1)

	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick channel nil for 0:", time.Tick(0) == nil)

	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("impossible")
	}
	time.Sleep(-1)
	time.Sleep(0)
	elapsed := time.Since(start)
	fmt.Println("elapsed at least 40ms:", elapsed >= 40*time.Millisecond, time.Until(start) < 0)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var zero time.Timer
		zero.Stop()
	}()
}
