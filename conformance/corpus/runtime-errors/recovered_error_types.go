// The messages of recovered runtime errors printed with %v, %s and %q and their Error() strings.
package main

import "fmt"

func get(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return
}

func main() {
	s := []int{}
	i := 0
	r := get(func() { _ = s[i] })
	fmt.Printf("%v\n%s\n%q\n", r, r, r)
	e := r.(error)
	fmt.Println(len(e.Error()))
	r2 := get(func() { _ = 1 / i })
	fmt.Printf("%v | %v\n", r2, r2.(error).Error() == fmt.Sprint(r2))
}
