// recover in a function deferred through a generated call: an interface method, a promoted
// method, a variadic function, a method value, a func value and a func literal with results
// are all called directly by the deferred call; a function they call is not.
package main

import "fmt"

type Catcher interface{ Catch(label string) }

type Value struct{}

func (Value) Catch(label string) { report(label, recover()) }

type Ptr struct{}

func (p *Ptr) Catch(label string) { report(label, recover()) }

type Named int

func (Named) Catch(label string) { report(label, recover()) }

type Outer struct{ Value }

func report(label string, v any) { fmt.Println(label, v) }

func variadic(label string, xs ...int) { report(fmt.Sprint(label, xs), recover()) }

func indirect(label string) { report(label+" (one call down)", nested()) }

func nested() any { return recover() }

func run(label string, deferIt func(string)) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  left for the outer recover:", r)
		}
	}()
	deferIt(label)
}

func main() {
	run("interface value", func(l string) { var c Catcher = Value{}; defer c.Catch(l); panic(1) })
	run("interface pointer", func(l string) { var c Catcher = &Ptr{}; defer c.Catch(l); panic(2) })
	run("interface named int", func(l string) { var c Catcher = Named(3); defer c.Catch(l); panic(3) })
	run("promoted", func(l string) { var c Catcher = &Outer{}; defer c.Catch(l); panic(4) })
	run("variadic", func(l string) { defer variadic(l, 1, 2); panic(5) })
	run("method value", func(l string) { f := Value{}.Catch; defer f(l); panic(6) })
	run("func value", func(l string) { f := indirect; defer f(l); panic(7) })
	run("struct method", func(l string) { var p Ptr; defer p.Catch(l); panic(8) })
	run("literal with result", func(l string) {
		defer func() int { report(l, recover()); return 0 }()
		panic(9)
	})
}
