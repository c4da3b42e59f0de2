// Recovered slice bounds errors in every form: [:h], [l:], [l:h], 3-index, strings, arrays.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%-12s %v\n", name, recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "abc"
	arr := [4]int{}
	lo, hi, mx := 4, 6, 7
	two, one := 2, 1
	try("s[:hi]", func() { _ = s[:hi] })
	try("s[lo:]", func() { _ = s[lo:] })
	try("s[2:1]", func() { _ = s[two:one] })
	try("s[::mx]", func() { _ = s[0:1:mx] })
	try("s[:hi:5]", func() { _ = s[:hi:5] })
	try("s[2:1:4]", func() { _ = s[two:one:4] })
	try("s[:4:3]", func() { _ = s[:lo:3] })
	try("str[:hi]", func() { _ = str[:hi] })
	try("str[lo:]", func() { _ = str[lo:] })
	try("str[2:1]", func() { _ = str[two:one] })
	try("arr[:hi]", func() { _ = arr[:hi] })
	try("arr[lo+1:]", func() { _ = arr[lo+1:] })
	try("ok s[:5]", func() { fmt.Print(len(s[:5]), " ") })
}
