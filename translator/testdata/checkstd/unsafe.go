// Package unsafe as the standard library uses it: Pointer conversions, nil, and its functions.
package main

import "unsafe"

type header struct {
	flag  bool
	count int32
	inner struct {
		a byte
		b int64
	}
	name string
	tail [0]byte
}

type outer struct {
	header
	extra complex64
}

type viaPointer struct {
	*header
}

// Sizes, alignments and offsets are constants under gc's amd64 layout.
const (
	sizeHeader  = unsafe.Sizeof(header{})
	alignHeader = unsafe.Alignof(header{})
	offCount    = unsafe.Offsetof(header{}.count)
	offB        = unsafe.Offsetof(header{}.inner.b)
	offName     = unsafe.Offsetof(header{}.name)
	offTail     = unsafe.Offsetof(header{}.tail)
	offPromoted = unsafe.Offsetof(outer{}.name)
	sizeOuter   = unsafe.Sizeof(outer{})
	sizeC64     = unsafe.Sizeof(complex64(0))
	sizeIface   = unsafe.Sizeof(any(nil))
	sizeSlice   = unsafe.Sizeof([]int(nil))
)

var _ [sizeHeader]byte = [48]byte{}
var _ [alignHeader]byte = [8]byte{}
var _ [offCount]byte = [4]byte{}
var _ [offB]byte = [8]byte{}
var _ [offName]byte = [24]byte{}
var _ [offTail]byte = [40]byte{}
var _ [offPromoted]byte = [24]byte{}
var _ [sizeOuter]byte = [56]byte{}
var _ [sizeC64]byte = [8]byte{}
var _ [sizeIface]byte = [16]byte{}
var _ [sizeSlice]byte = [24]byte{}

func sizeOf[T any](x T) uintptr {
	return unsafe.Sizeof(x) // not constant: it depends on T
}

func main() {
	x := 42
	p := unsafe.Pointer(&x)
	u := uintptr(p)
	q := (*int)(unsafe.Pointer(u))
	var none unsafe.Pointer = nil
	if p == nil || none != nil {
		return
	}
	b := []byte("hello")
	s := unsafe.String(&b[0], len(b))
	d := unsafe.StringData(s)
	sl := unsafe.Slice(d, 5)
	e := unsafe.SliceData(sl)
	n := unsafe.Add(p, -8)
	_, _, _, _ = q, e, n, sizeOf(1)
	const c = unsafe.Sizeof(x) + 1
	_ = (*float64)(&x)                      // ERROR "cannot convert &x \(value of type \*int\) to type \*float64"
	_ = unsafe.Offsetof(x)                  // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(viaPointer{}.count) // ERROR "invalid argument: field count is embedded via a pointer in viaPointer"
	_ = unsafe.Slice(x, 1)                  // ERROR "invalid argument: x \(variable of type int\) is not a pointer"
	_ = unsafe.String(s, 1)                 // ERROR "cannot use s \(variable of type string\) as \*byte value in argument to unsafe.String"
	_ = uintptr(3.5)                        // ERROR "cannot convert 3.5 \(untyped float constant\) to type uintptr"
}
