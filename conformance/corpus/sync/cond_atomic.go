// sync.Cond with a queue, sync.Once, atomic types and functions, atomic.Value and its panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	done := make(chan bool)
	sum := 0
	go func() {
		for i := 0; i < 100; i++ {
			q.mu.Lock()
			for len(q.items) == 0 {
				q.cond.Wait()
			}
			sum += q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
		}
		done <- true
	}()
	for i := 1; i <= 100; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	<-done
	fmt.Println("sum", sum)

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("once", i) })
	}

	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var flag atomic.Bool
	var plain int64
	var plain32 int32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i32.Add(1)
				i64.Add(2)
				u32.Add(3)
				u64.Add(4)
				atomic.AddInt64(&plain, 1)
				atomic.AddInt32(&plain32, -1)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), flag.Load(), atomic.LoadInt64(&plain), atomic.LoadInt32(&plain32))
	fmt.Println(i32.CompareAndSwap(8000, 1), i32.CompareAndSwap(8000, 2), i32.Swap(5), i32.Load())
	fmt.Println(u32.Add(^uint32(0)), u64.Add(^uint64(0)), u32.And(0xF0), u32.Load(), u64.Or(1), u64.Load())
	fmt.Println(flag.Swap(false), flag.CompareAndSwap(false, true), flag.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&plain, 8000, 1), atomic.SwapInt64(&plain, 9), plain)
	var arr [3]uint32
	atomic.StoreUint32(&arr[1], 7)
	fmt.Println(atomic.AddUint32(&arr[1], 1), arr)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("first")
	fmt.Println(v.Load(), v.Swap("second"), v.Load())
	fmt.Println(v.CompareAndSwap("nope", "x"), v.CompareAndSwap("second", "third"), v.Load())
	for _, f := range []func(){
		func() { v.Store(42) },
		func() { v.Store(nil) },
		func() { v.Swap(nil) },
		func() { v.CompareAndSwap("third", 1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
