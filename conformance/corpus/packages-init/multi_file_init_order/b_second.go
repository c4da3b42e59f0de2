package main

import "fmt"

var fromB = trace("fromB", fromC*2)

var independentA = trace("independentA", 1)

func init() { fmt.Println("init #1 in b_second.go") }
func init() { fmt.Println("init #2 in b_second.go") }
