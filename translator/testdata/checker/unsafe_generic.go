// unsafe.Sizeof, Alignof and Offsetof are not constant when the size depends on a type parameter.
package main

import "unsafe"

type pair[T any] struct {
	a byte
	b T
}

type fixed[T any] struct {
	p *T
	s []T
	n int
}

func f[T any](x T) {
	const a = unsafe.Sizeof(x)          // ERROR "unsafe.Sizeof\(x\) \(value of type uintptr\) is not constant"
	const b = unsafe.Alignof([2]T{})    // ERROR "unsafe.Alignof\(\[2\]T\{\}\) \(value of type uintptr\) is not constant"
	const c = unsafe.Sizeof(pair[T]{})  // ERROR "unsafe.Sizeof\(pair\[T\]\{\}\) \(value of type uintptr\) is not constant"
	var p pair[T]
	const d = unsafe.Offsetof(p.b)      // ERROR "unsafe.Offsetof\(p.b\) \(value of type uintptr\) is not constant"
	const e = unsafe.Offsetof(p.a)      // ERROR "unsafe.Offsetof\(p.a\) \(value of type uintptr\) is not constant"
	const g = unsafe.Sizeof(&x)
	const h = unsafe.Sizeof(fixed[T]{})
	const i = unsafe.Sizeof([]T{})
	var arr [unsafe.Sizeof(x)]byte // ERROR "array length unsafe.Sizeof\(x\) \(value of type uintptr\) must be constant"
	_ = arr
	_ = 1 << 63 - 1 + int64(unsafe.Sizeof(x))
}

func main() {
	f(0)
}
