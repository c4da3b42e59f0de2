// Package-level composite literals: maps, slices of structs, pointers, and arrays depending on consts.
package main

import (
	"fmt"
	"sort"
)

const N = 3

type Entry struct {
	Name string
	Next *Entry
}

var squares = func() [N]int {
	var a [N]int
	for i := range a {
		a[i] = i * i
	}
	return a
}()

var tail = &Entry{Name: "tail"}
var head = &Entry{Name: "head", Next: mid}
var mid = &Entry{Name: "mid", Next: tail}

var index = map[string]*Entry{"h": head, "m": mid, "t": tail}

func main() {
	fmt.Println(squares)
	for e := head; e != nil; e = e.Next {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	keys := make([]string, 0)
	for k := range index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, index[k].Name)
	}
}
