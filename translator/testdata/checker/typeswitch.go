// Errors in type switches: the guard, case types, duplicates, the clause variable.
package main

type I interface{ M() }

func main() {
	var i I
	var e error
	switch x := i.(type) { // ERROR "x declared and not used"
	case nil, int: // ERROR "impossible type switch case: int\n\ti \(variable of interface type I\) cannot have dynamic type int \(missing method M\)"
	case error:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch y := e.(type) {
	case string, bool: // ERROR "impossible type switch case: string" "impossible type switch case: bool"
	case interface{ Error() string }:
	case bool: // ERROR "duplicate case bool in type switch\n\t.*typeswitch.go:15:15: previous case"
		var s string = y // ERROR "cannot use y \(variable of type bool\) as string value in variable declaration"
		_ = s
	default:
	}
	n := 1
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch _ := e.(type) { // ERROR "no new variable on left side of :="
	}
	switch z := e.(type) {
	case undefinedType: // ERROR "undefined: undefinedType"
		_ = z
	}
}
