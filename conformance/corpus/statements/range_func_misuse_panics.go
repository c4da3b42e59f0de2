// Range over functions: Go's run-time checks on iterators that misuse yield, and a nil iterator.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

var saved func(int) bool

func keep(yield func(int) bool) { saved = yield; yield(1) }

func rec(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("done", func() {
		for x := range bad {
			fmt.Println(x)
			break
		}
	})
	try("exhausted", func() {
		for x := range keep {
			fmt.Println(x)
		}
		saved(3)
	})
	try("missing", func() {
		for x := range rec {
			fmt.Println(x)
			panic("boom")
		}
	})
	var nf func(func(int) bool)
	try("nil", func() {
		for x := range nf {
			fmt.Println(x)
		}
	})
	try("err", func() {
		for x := range bad {
			_ = x
			break
		}
	})
}
