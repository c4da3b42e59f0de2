// Errors in labels and branch statements, found as gc's parser finds them.
package main

func main() {
L1: // ERROR "label L1 defined and not used"
	x := 1
	goto L2 // ERROR "goto L2 jumps over declaration of y, z at .*labels.go:8:7"
	y, z := x, 2
L2:
	_, _ = y, z
	if x > 0 {
	L3:
		println()
	}
	goto L3 // ERROR "goto L3 jumps into block starting at .*labels.go:11:11"
	goto L4 // ERROR "label L4 not defined"
L5:
	println()
	for {
		break L5 // ERROR "invalid break label L5"
	}
L6:
	switch {
	case true:
		continue L6 // ERROR "invalid continue label L6"
	}
	break L7 // ERROR "break label not defined: L7"
L8:
	for {
		continue L8
	}
L8: // ERROR "label L8 already defined at .*labels.go:28:1"
	for range 3 {
		break L8 // ERROR "invalid break label L8"
	}
	continue // ERROR "continue is not in a loop"
}
