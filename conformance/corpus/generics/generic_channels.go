// Generic functions over channels: merge results in order, generic producer.
package main

import "fmt"

func Produce[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	fmt.Println(Collect(MapChan(Produce(1, 2, 3), func(i int) string { return fmt.Sprint(i, "!") })))
	fmt.Println(len(Collect(Produce[struct{}]())))
}
