// Package unsafe: Sizeof, Alignof and Offsetof are constants; misuses get gc's errors.
package main

import "unsafe"

type Inner struct{ A, B int64 }

type S struct {
	X byte
	*Inner
	Y int32
}

func (S) M() {}

const size = unsafe.Sizeof(S{})
const align = unsafe.Alignof(S{}.Y)
const off = unsafe.Offsetof(S{}.Y)

var arr [size + align + off]byte

func main() {
	var s S
	var p unsafe.Pointer = nil
	_ = p == nil
	_ = unsafe.Offsetof(s)   // ERROR "invalid argument: s is not a selector expression"
	_ = unsafe.Offsetof(s.M) // ERROR "invalid argument: s.M is a method value"
	_ = unsafe.Offsetof(s.B) // ERROR "invalid argument: field B is embedded via a pointer in S"
	_ = unsafe.Sizeof(nil)   // ERROR "use of untyped nil in argument to unsafe.Sizeof"
	_ = unsafe.Sizeof(1, 2)  // ERROR "invalid operation: too many arguments for unsafe.Sizeof\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Pointer(s)   // ERROR "cannot convert s \(variable of struct type S\) to type unsafe.Pointer"
}
