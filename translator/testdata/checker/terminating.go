// "missing return" with switch, select, labels, goto and panic.
package main

func switchDefault(x int) int {
	switch x {
	case 1:
		return 1
	case 2:
		fallthrough
	default:
		panic(0)
	}
}

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func labeledBreak(x int) int {
L:
	switch x {
	case 1:
		for {
			break L
		}
	default:
		return 0
	}
} // ERROR "missing return"

func loopBreaksSwitch() int {
	for {
		switch {
		case true:
			break
		}
	}
}

func loopLabeledBreak() int {
L:
	for {
		select {
		default:
			break L
		}
	}
} // ERROR "missing return"

func emptySelect() int {
	select {}
}

func selectBreak(ch chan int) int {
	select {
	case <-ch:
		if ch != nil {
			break
		}
		return 1
	}
} // ERROR "missing return"

func gotoEnd() int {
L:
	goto L
}

func typeSwitch(y any) int {
	switch y.(type) {
	case int:
		return 1
	default:
		return 2
	}
}

func rangeLoop() int {
	for range 3 {
		return 1
	}
} // ERROR "missing return"

func parenPanic() int {
	(panic)("x")
	;
}

func forTrue() int {
	for true {
	}
} // ERROR "missing return"

func main() {}

func shadowedPanic(panic func(string)) int {
	panic("x")
} // ERROR "missing return"
