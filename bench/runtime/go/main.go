// The Go side of bench/runtime: the same programs as RuntimeBench.java, timed the same way.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func pingpong(n int) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	close(ping)
}

func buffered(n int) {
	c := make(chan int, 128)
	done := make(chan bool)
	go func() {
		s := 0
		for v := range c {
			s += v
		}
		done <- s >= 0
	}()
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	<-done
}

func selectN(n, cases int) {
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int, 64)
	}
	go func() {
		for i := 0; i < n; i++ {
			chans[i%cases] <- i
		}
	}()
	for i := 0; i < n; i++ {
		if cases == 2 {
			select {
			case <-chans[0]:
			case <-chans[1]:
			}
		} else {
			select {
			case <-chans[0]:
			case <-chans[1]:
			case <-chans[2]:
			case <-chans[3]:
			}
		}
	}
}

func spawn(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
}

func heapPerParked(n int) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	block := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done(); <-block }()
	}
	wg.Wait()
	runtime.GC()
	runtime.ReadMemStats(&after)
	used := float64((after.HeapAlloc + after.StackInuse) - (before.HeapAlloc + before.StackInuse))
	close(block)
	return used / float64(n)
}

func main() {
	name := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	if name == "parked" {
		fmt.Printf("%s %.0f bytes\n", name, heapPerParked(n))
		return
	}
	run := map[string]func(int){
		"pingpong": pingpong,
		"buffered": buffered,
		"select2":  func(n int) { selectN(n, 2) },
		"select4":  func(n int) { selectN(n, 4) },
		"spawn":    spawn,
	}[name]
	run(n / 10) // warm-up
	best := time.Duration(1 << 62)
	for r := 0; r < 5; r++ {
		t := time.Now()
		run(n)
		if d := time.Since(t); d < best {
			best = d
		}
	}
	fmt.Printf("%s %.1f ns/op\n", name, float64(best.Nanoseconds())/float64(n))
}
