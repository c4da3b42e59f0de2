// unsafe.Sizeof, Alignof and Offsetof are constants with gc's amd64 layout; the operand is not evaluated.
package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	A byte
	B int32
	C byte
}

type Inner struct {
	X int16
	Y float64
}

type Outer struct {
	Flag bool
	Inner
	S    string
	Tail struct{}
}

type Words [3]int

var calls int

func sideEffect() int {
	calls++
	return calls
}

const wordSize = unsafe.Sizeof(uintptr(0)) // a constant: usable in constant declarations

var buf [wordSize * 2]byte

func main() {
	var o Outer
	fmt.Println(unsafe.Sizeof(Small{}), unsafe.Alignof(Small{}), unsafe.Offsetof(Small{}.C))
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Offsetof(o.S), unsafe.Offsetof(o.Tail))
	fmt.Println(unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.Y), unsafe.Offsetof(o.Inner.Y))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int(nil)), unsafe.Sizeof(map[int]int(nil)), unsafe.Sizeof(any(nil)))
	fmt.Println(unsafe.Sizeof(complex64(0)), unsafe.Alignof(complex64(0)), unsafe.Sizeof(Words{}), unsafe.Sizeof([0]int{}))
	fmt.Println(unsafe.Sizeof(sideEffect()), calls) // not evaluated
	fmt.Println(len(buf), wordSize)
	fmt.Printf("%T\n", unsafe.Sizeof(1))
	var p *Outer
	fmt.Println(unsafe.Offsetof(p.S)) // a pointer operand: never dereferenced
}
