// copy semantics (overlap, min length, string source) and full slice expressions.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	n := copy(a[1:], a) // overlapping
	fmt.Println(n, a)
	b := make([]int, 2)
	fmt.Println(copy(b, a), b)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "hello"), string(bs))
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := base[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100) // within cap: writes base[4]
	t = append(t, 200) // exceeds cap: new array
	t[0] = -1
	fmt.Println(base, t)
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	s := p[1:3:4]
	fmt.Println(s, cap(s), arr[:0:0] == nil, len(arr[:0:0]))
}
