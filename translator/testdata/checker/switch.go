// Errors in expression switches: case values, duplicates, switch expressions, defaults.
package main

type MyInt int

func f() {}

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch\n\t.*switch.go:11:10: previous case"
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	case 2.5: // ERROR "2.5 \(untyped float constant\) truncated to int"
	}
	switch {
	case x > 1:
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	}
	var m MyInt
	switch m {
	case 1:
	case MyInt(1): // ERROR "duplicate case MyInt\(1\) \(constant 1 of int type MyInt\) in expression switch"
	case x: // ERROR "invalid case x in switch on m \(mismatched types int and MyInt\)"
	default:
	}
	var i8 int8
	switch y := i8; y {
	case 300: // ERROR "300 \(untyped int constant\) overflows int8"
	}
	var s []int
	switch s {
	case nil:
	case s: // ERROR "invalid case s in switch on s \(slice can only be compared to nil\)"
	}
	switch nil { // ERROR "use of untyped nil in switch expression"
	}
	switch f() { // ERROR "f\(\) \(no value\) used as value"
	}
}
