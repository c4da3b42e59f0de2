package main

import "fmt"

var fromC = trace("fromC", 5)

var independentC = trace("independentC", 3)

func init() { fmt.Println("init in c_third.go") }
