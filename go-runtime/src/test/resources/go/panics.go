// Prints the text of each run-time panic that goloom's slices, strings, maps and pointers reproduce.
// Variables (not constants) everywhere, so gc reports at run time.
package main

import "fmt"

var sink any

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	var nilmap map[string]int
	var p *int
	i, j, k := 5, 3, 2
	m1, m2 := -1, -2
	big := 1 << 62
	n7 := 7
	n4 := 4
	n6 := 6
	try("index", func() { sink = s[i] })
	try("index3", func() { sink = s[3] ; _ = s[k+1] })
	try("indexneg", func() { sink = s[m1] })
	try("sliceAcap", func() { sink = s[:n6] })
	try("sliceAlen?", func() { sink = s[:n4] })
	try("sliceB", func() { sink = s[j:k] })
	try("sliceBneg", func() { sink = s[m1:] })
	try("sliceAneg", func() { sink = s[:m1] })
	try("slice3Acap", func() { sink = s[:2:n7] })
	try("slice3B", func() { sink = s[:n4:j] })
	try("slice3C", func() { sink = s[i:j:n4] })
	try("slice3Cb", func() { sink = s[i:n4:n4] })
	try("slice3Aneg", func() { sink = s[0:0:m1] })
	try("slice3Bneg", func() { sink = s[0:m1:2] })
	try("slice3Cneg", func() { sink = s[m2:1:2] })
	try("bigcap", func() { sink = s[:big] })
	try("strindex", func() { sink = str[i] })
	try("strindexneg", func() { sink = str[m1] })
	try("strslice", func() { sink = str[:n6] })
	try("strsliceB", func() { sink = str[j:k] })
	try("strsliceneg", func() { sink = str[m1:] })
	try("strsliceneg2", func() { sink = str[:m1] })
	var arr [4]int
	try("arrindex", func() { sink = arr[i] })
	try("arrslice", func() { sink = arr[:i] })
	try("convert", func() { sink = [4]int(s) })
	try("convertptr", func() { sink = (*[4]int)(s) })
	try("makelen", func() { sink = make([]int, m1) })
	try("makecap", func() { sink = make([]int, j, k) })
	try("makecapneg", func() { sink = make([]int, 0, m1) })
	try("makebig", func() { sink = make([]int, big) })
	try("makebigcap", func() { sink = make([]int, 1, big) })
	try("makebyte", func() { sink = make([]byte, 1<<49 + k) })
	try("nilmap", func() { nilmap["a"] = 1 })
	try("nilptr", func() { sink = *p })
	var nilslice []int
	try("nilslice", func() { sink = nilslice[0] })
	try("nilslice0", func() { sink = nilslice[0:0] ; fmt.Println("nil[0:0] is nil:", nilslice[0:0] == nil) })
	empty := []int{}
	fmt.Println("empty[0:0] is nil:", empty[0:0] == nil)
	fmt.Println("append(nil) is nil:", append(nilslice) == nil, append(nilslice, empty...) == nil)
	fmt.Println("append(empty) is nil:", append(empty, nilslice...) == nil)
	fmt.Println("make0 is nil:", make([]int, 0) == nil)
	var ns []string
	fmt.Println("nilslice len cap", len(ns), cap(ns))
}
