// Recovered slice-to-array and slice-to-array-pointer conversion length errors.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []byte("abc")
	try(func() { fmt.Println([3]byte(s)) })
	try(func() { _ = [4]byte(s) })
	try(func() { _ = (*[5]byte)(s) })
	try(func() { var ns []int; p := (*[0]int)(ns); fmt.Println(p == nil) })
	try(func() { var ns []int; _ = [1]int(ns) })
}
