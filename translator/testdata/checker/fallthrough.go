// Errors in fallthrough and unlabeled break statements, and gotos over declarations and into cases.
package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "fallthrough statement out of place"
		x++
	case 4:
		fallthrough
		;
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var i any = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	default:
	}
	fallthrough // ERROR "fallthrough statement out of place"
	break // ERROR "break is not in a loop, switch, or select"
	goto L1 // ERROR "goto L1 jumps over declaration of a at .*fallthrough.go:31:6"
	var a, b = 1, 2
L1:
	_, _ = a, b
	switch {
	case true:
		goto L2 // ERROR "goto L2 jumps into block starting at .*fallthrough.go:37:2"
	case false:
	L2:
	}
	select {
	default:
		break
	}
	for {
		switch {
		default:
			break
		}
		continue
	}
}
