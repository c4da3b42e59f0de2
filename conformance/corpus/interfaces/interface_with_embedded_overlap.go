// Embedding interfaces with overlapping identical methods is permitted (Go 1.14+).
package main

import "fmt"

type A interface {
	M() string
	Close() error
}
type B interface {
	N() string
	Close() error
}
type AB interface {
	A
	B
}

type impl struct{}

func (impl) M() string    { return "m" }
func (impl) N() string    { return "n" }
func (impl) Close() error { return nil }

func main() {
	var x AB = impl{}
	fmt.Println(x.M(), x.N(), x.Close())
	var a A = x
	var b B = x
	fmt.Println(a.M(), b.N())
}
