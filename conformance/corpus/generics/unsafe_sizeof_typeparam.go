// unsafe.Sizeof/Alignof/Offsetof of a type parameter's values are run-time values, not constants:
// shifts by them and arithmetic with them wrap, a division by a zero size panics, and the
// argument is not evaluated.
package main

import (
	"fmt"
	"unsafe"
)

type pair[T any] struct {
	tag byte
	val T
}

func traced[T any](x T) T {
	fmt.Println("evaluated")
	return x
}

func layout[T any](x T) (uintptr, uintptr, uintptr) {
	var p pair[T]
	return unsafe.Sizeof(traced(x)), unsafe.Alignof(p), unsafe.Offsetof(p.val)
}

func shifted[T any]() int64 {
	return 1 << unsafe.Sizeof(*new(T))
}

func wrapped[T any]() int64 {
	return 1<<63 - 1 + int64(unsafe.Sizeof(*new(T)))
}

func perElement[T any](total uintptr) uintptr {
	return total / unsafe.Sizeof(*new(T))
}

func byteAt[T any](x T) byte {
	const s = "ab"
	return s[unsafe.Sizeof(x)]
}

func main() {
	fmt.Println(layout(int16(1)))
	fmt.Println(layout("text"))
	fmt.Println(layout([3]byte{}))
	fmt.Println(layout(struct{}{}))
	fmt.Println(shifted[[10]byte](), shifted[[63]byte](), shifted[[64]byte](), shifted[[200]byte]())
	fmt.Println(wrapped[[1]byte](), wrapped[int32]())
	fmt.Println(perElement[int32](64), byteAt(true))
	try(func() { fmt.Println(byteAt(int64(0))) })
	try(func() { fmt.Println(perElement[[0]int](8)) })
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
