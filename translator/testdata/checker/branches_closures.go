// Branch statements inside function literals: each body is checked on its own, as gc does.
package main

func main() {
L: // ERROR "label L defined and not used"
	f := func() {
		break // ERROR "break is not in a loop, switch, or select"
	}
	for {
		g := func() {
			continue // ERROR "continue is not in a loop"
		}
		_ = g
		break
	}
	h := func() int {
	M:
		for {
			break M
		}
	} // ERROR "missing return"
	k := func() {
		goto N // ERROR "label N not defined"
	}
N:
	for {
		goto N
	}
	_, _, _ = f, h, k
}
