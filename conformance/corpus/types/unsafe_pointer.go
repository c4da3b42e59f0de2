// unsafe.Pointer uses that need no machine memory: round trips to the same pointer type, nil, comparisons.
package main

import "unsafe"

type T struct{ a, b int }

func main() {
	t := &T{1, 2}
	p := unsafe.Pointer(t)
	q := (*T)(unsafe.Pointer(t))
	q.a = 10
	println(t.a, p == unsafe.Pointer(q), p != nil)

	x := 5
	px := (*int)(unsafe.Pointer(&x))
	*px = 7
	println(x)

	var np unsafe.Pointer
	println(np == nil, unsafe.Pointer(uintptr(0)) == nil, (*int)(unsafe.Pointer(nil)) == nil)
	println(np)

	arr := [3]byte{1, 2, 3}
	pa := (*[3]byte)(unsafe.Pointer(&arr))
	pa[1] = 20
	println(arr[1])
}
