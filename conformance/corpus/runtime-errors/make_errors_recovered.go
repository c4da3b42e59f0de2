// Recovered make errors: negative or too-large length/capacity for slices and channels.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	n := -1
	big := 1 << 62
	three := 3
	try("len<0", func() { _ = make([]int, n) })
	try("cap<len", func() { _ = make([]int, three, three-1) })
	try("cap<0", func() { _ = make([]int, 0, n) })
	try("huge", func() { _ = make([]int64, big) })
	try("chan<0", func() { _ = make(chan int, n) })
	try("map<0 ok", func() { m := make(map[int]int, n); fmt.Print(len(m), " ") })
}
