// Go 1.25+: appends to a slice that does not escape start in a 32-byte stack buffer; escaping ones follow the heap rule.
package main

import "fmt"

func small() {
	var s []int
	s = append(s, 1)
	fmt.Println("int", len(s), cap(s))
}

func many() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println("five", len(s), cap(s))
}

func strs() {
	var s []string
	for i := 0; i < 5; i++ {
		s = append(s, "x")
		fmt.Println("string", len(s), cap(s))
	}
}

func escapes() []int {
	var s []int
	s = append(s, 1)
	fmt.Println("escapes", len(s), cap(s))
	return s
}

func bytesRanged() {
	var s []byte
	s = append(s, 'a')
	fmt.Println("byte", len(s), cap(s), s[0])
	for _, x := range s {
		s[0] = x + 1
	}
	fmt.Println(s[0])
}

func inLoop() {
	for i := 0; i < 3; i++ {
		var b []byte
		b = append(b, byte(i))
		fmt.Println("loop", len(b), cap(b))
	}
}

func big() {
	var s [][5]int
	s = append(s, [5]int{})
	fmt.Println("big", len(s), cap(s))
}

func branches() {
	var s []int
	if len(s) == 0 {
		s = append(s, 7)
	} else {
		s = append(s, 8, 9)
	}
	s = append(s, 1, 2, 3, 4)
	fmt.Println("branches", len(s), cap(s))
}

func iface() {
	var s []any
	s = append(s, 1)
	fmt.Println("any", len(s), cap(s))
}

func printed() {
	var s []int
	s = append(s, 1)
	fmt.Println("printed", len(s), cap(s), s)
}

func main() {
	small()
	many()
	strs()
	_ = escapes()
	bytesRanged()
	inLoop()
	big()
	branches()
	iface()
	printed()
}
