// Indexing a Go array with a 64-bit index beyond int32's range panics with the index as Go
// prints it (unsigned for unsigned types), and never wraps into the array.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var b [3]int
	p := &b
	big := int64(1) << 32
	try("int64 wraps to 1", func() { b[big+1] = 5 })
	try("negative int64", func() { _ = b[-big-1] })
	var u32 uint32 = 1<<31 + 1
	try("uint32 above MaxInt32", func() { p[u32] = 1 })
	var u64 uint64 = 1<<64 - 1
	try("MaxUint64", func() { _ = b[u64] })
	var ui uint = 1 << 40
	try("uint", func() { p[ui]++ })
	i := 2
	try("in range", func() { b[i] = 7 })
	fmt.Println(b)
}
