// Which calls recover: a deferred function with an interface parameter is called directly;
// `defer recover()` recovers only on the normal return of a deferred function, not while a
// newer panic unwinds it.
package main

import "fmt"

func mustRecover(want any) {
	if v := recover(); v != want {
		fmt.Println("wrong:", v, "want", want)
		return
	}
	fmt.Println("recovered", want)
}

func describe(e error) { fmt.Println("deferred with", e, recover()) }

func viaDeferredRecover() {
	defer func() {
		defer recover() // the deferred func returns normally: recovers the panic it runs for
	}()
	panic("first")
}

func deferredRecoverTooEarly() {
	defer mustRecover("outer")
	defer func() {
		defer mustRecover("inner")
		defer recover() // runs while "inner" unwinds: a no-op
		panic("inner")
	}()
	panic("outer")
}

func notDeferred() {
	defer func() {
		fmt.Println("nested call:", nested())
		fmt.Println("direct:", recover())
	}()
	panic("third")
}

func nested() any { return recover() }

func main() {
	func() {
		defer mustRecover(1)
		panic(1)
	}()
	func() {
		defer describe(fmt.Errorf("boom"))
		panic("described")
	}()
	viaDeferredRecover()
	fmt.Println("after viaDeferredRecover")
	deferredRecoverTooEarly()
	notDeferred()
	func() {
		defer recover() // called directly by the panic: not by a deferred function
		defer fmt.Println("still panicking")
		panic("last")
	}()
}
