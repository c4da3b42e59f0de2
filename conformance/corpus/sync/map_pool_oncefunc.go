// sync.Map (Store, Load, LoadOrStore, LoadAndDelete, Swap, CompareAndSwap, CompareAndDelete, Range, Clear), sync.Pool, sync.OnceFunc.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i, i*i)
		}()
	}
	wg.Wait()
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	v, ok = m.Load(99)
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore(3, "x")
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore("k", "x")
	fmt.Println(a, loaded)
	p, loaded := m.Swap("k", "y")
	fmt.Println(p, loaded)
	fmt.Println(m.CompareAndSwap("k", "x", "z"), m.CompareAndSwap("k", "y", "z"))
	fmt.Println(m.CompareAndDelete(4, 15), m.CompareAndDelete(4, 16))
	d, loaded := m.LoadAndDelete(5)
	fmt.Println(d, loaded)
	m.Delete(6)
	var present [20]bool
	m.Range(func(k, v any) bool {
		if n, ok := k.(int); ok {
			present[n] = true
		}
		return true
	})
	var keys []int
	for n, ok := range present {
		if ok {
			keys = append(keys, n)
		}
	}
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return count < 3
	})
	fmt.Println(count)
	m.Clear()
	_, ok = m.Load(1)
	fmt.Println(ok)

	made := 0
	pool := sync.Pool{New: func() any {
		made++
		return fmt.Sprint("obj", made)
	}}
	x := pool.Get()
	pool.Put("reused")
	y := pool.Get()
	z := pool.Get()
	fmt.Println(x, y, z, made)
	var empty sync.Pool
	fmt.Println(empty.Get())

	calls := 0
	once := sync.OnceFunc(func() { calls++ })
	once()
	once()
	fmt.Println(calls)
	boom := sync.OnceFunc(func() {
		calls++
		panic("boom")
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
	fmt.Println(calls)
}
