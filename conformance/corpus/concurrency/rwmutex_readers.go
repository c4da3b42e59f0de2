// sync.RWMutex: concurrent readers and an exclusive writer; final state is deterministic.
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *Store) Get(k int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *Store) Set(k, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[int]int{}}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Set(i, i*i)
			_ = s.Get(i)
		}()
	}
	wg.Wait()
	sum := 0
	for i := range 10 {
		sum += s.Get(i)
	}
	fmt.Println(sum)
}
