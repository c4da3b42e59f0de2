// A slice type whose elements are slices of itself (type T []T) and a mutually recursive pair: zero
// values, append, indexing through several levels, %T and %v.
package main

import "fmt"

type T []T

type A []B
type B []A

func main() {
	var t T
	t = append(t, nil, T{}, T{nil})
	t[0] = append(t[0], t[2])
	fmt.Println(len(t), len(t[0]), len(t[0][0]), t[1] == nil, t[0][0][0] == nil, t)
	s := make([]T, 2, 5)
	s = append(s, T{T{}})
	fmt.Println(len(s), cap(s), s[1] == nil, s)
	var a A
	a = append(a, B{A{}}, nil)
	fmt.Println(len(a), a[1] == nil, a)
	fmt.Printf("%T %T %v\n", t, a[0], make(T, 3))
}
