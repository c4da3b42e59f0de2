// append growth: aliasing when capacity suffices, reallocation when it does not.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	s = append(s, 1, 2, 3)
	t := s[:2]
	t = append(t, 99) // fits in capacity of s: overwrites s[2]
	fmt.Println(s, t)
	u := make([]int, 3, 3)
	v := append(u, 4) // reallocates
	v[0] = 42
	fmt.Println(u, v, len(v))
	w := make([]int, 0, 10)
	w1 := append(w, 1)
	w2 := append(w, 2)
	fmt.Println(w1, w2, len(w), cap(w1) == cap(w))
	x := append([]byte("ab"), "cd"...)
	fmt.Println(string(x))
}
