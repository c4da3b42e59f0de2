// sync.Mutex and RWMutex as struct fields and values: zero values, copies keep the locked state, TryLock, RLocker.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu    sync.Mutex
	count map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.count[key]++
}

type Cache struct {
	sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) string {
	c.RLock()
	defer c.RUnlock()
	return c.data[k]
}

func main() {
	c := Counter{count: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.count["a"], c.count["b"])

	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	copied := m // copies the locked state
	fmt.Println(copied.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock(), copied.TryLock())

	cache := &Cache{data: map[int]string{1: "one"}}
	fmt.Println(cache.Get(1), cache.Get(2) == "")
	cache.Lock()
	cache.data[2] = "two"
	fmt.Println(cache.TryRLock(), cache.TryLock())
	cache.Unlock()
	fmt.Println(cache.TryRLock(), cache.TryRLock(), cache.TryLock())
	cache.RUnlock()
	cache.RUnlock()
	l := cache.RLocker()
	l.Lock()
	fmt.Println(cache.Get(2), cache.TryLock())
	l.Unlock()
	fmt.Println(cache.TryLock())

	var locker sync.Locker = &sync.Mutex{}
	locker.Lock()
	locker.Unlock()
	fmt.Println("done")
}
