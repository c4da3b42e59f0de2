// Comma-ok receives, expression statements, go and defer.
package main

type B bool

func f() {}

func main() {
	var ch chan string
	var b B
	var s string
	s, b = <-ch
	var v, ok = <-ch
	w, ok2 := (<-ch)
	n := 3
	x, ok3 := <-n // ERROR "invalid operation: cannot receive from non-channel int n \(variable of type int\)"
	var y int
	y, ok = <-ch // ERROR "cannot use <-ch \(comma, ok expression of type string\) as int value in assignment"
	_, _, _, _, _, _, _, _, _ = s, b, v, ok, w, ok2, x, ok3, y
	<-ch
	(<-ch)
	(f())
	len("ab") // ERROR "len\(\"ab\"\) \(constant 2 of type int\) is not used"
	int(3) // ERROR "int\(3\) \(constant 3 of type int\) is not used"
	len // ERROR "len \(built-in\) must be called"
	int // ERROR "int \(type\) is not an expression"
	defer print(<-ch)
	go B(true) // ERROR "go requires function call, not conversion B\(true\) \(constant true of bool type B\)"
	defer (f)()
}
