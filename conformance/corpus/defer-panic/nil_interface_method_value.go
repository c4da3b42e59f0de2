// defer x.M() and go x.M() evaluate the method value x.M at once: on a nil interface they panic
// there, not when the call runs; the receiver is saved (a later x = ... does not change the call).
package main

import "fmt"

type Closer interface{ Close() }

type file struct{ name string }

func (f *file) Close() { fmt.Println("closed", f.name) }

func deferNil() (reached bool) {
	defer func() { fmt.Println("recovered:", recover()) }()
	var x Closer
	defer x.Close()
	return true
}

func goNil() (reached bool) {
	defer func() { fmt.Println("recovered:", recover()) }()
	var x Closer
	go x.Close()
	return true
}

func main() {
	fmt.Println(deferNil())
	fmt.Println(goNil())
	var c Closer = &file{"a"}
	func() {
		defer c.Close()
		c = &file{"b"}
	}()
	var p *file
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c2 Closer = p
		defer c2.Close()
	}()
}
