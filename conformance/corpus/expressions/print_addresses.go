// print/println of pointers, slices, maps, channels, funcs and interfaces: nil values print zero addresses.
package main

type I interface{ M() }

func main() {
	var p *int
	var s []int
	var m map[string]int
	var c chan int
	var f func()
	var e any
	var i I
	var err error
	println(p, s, m, c, f, e, i, err)
	print(p, " ", s, "\n")
	s = make([]int, 2, 5)
	println(len(s), cap(s))
	a := &[]int{1, 2, 3}
	(*a)[0] = 9
	println((*a)[0], len(*a))
	pm := &map[string]int{"k": 1}
	(*pm)["k"]++
	println((*pm)["k"])
	x := 3
	px := &x
	q := &*px
	*q = 4
	println(x, q == px)
	var arr [4]int
	pa := &arr
	pe := &pa[2]
	*pe = 5
	println(arr[2])
	defer func() {
		println("recovered:", recover() != nil)
	}()
	var nilArr *[4]int
	_ = &nilArr[1]
}
