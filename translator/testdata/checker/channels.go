// Errors in sends, receives, select statements, go and defer.
package main

type T int

func f() int { return 1 }

func main() {
	var ch chan int
	var r <-chan int
	var s chan<- int
	var t T
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int r \(variable of type <-chan int\)"
	s <- "a" // ERROR "cannot use \"a\" \(untyped string constant\) as int value in send"
	t <- 1 // ERROR "invalid operation: cannot send to non-channel T t \(variable of int type T\)"
	<-s // ERROR "invalid operation: cannot receive from send-only channel chan<- int s \(variable of type chan<- int\)"
	v, ok := <-r
	var b int
	b, ok = <-ch
	x, y, z := <-ch // ERROR "assignment mismatch: 3 variables but 1 value"
	select {
	case ch <- v:
	case w := <-ch: // ERROR "declared and not used: w"
	case v, ok = <-r:
	case <-ch:
	case f(): // ERROR "select case must be send or receive \(possibly with assignment\)"
	default:
	default: // ERROR "multiple defaults \(first at .*channels.go:27:2\)"
	}
	select {}
	_, _, _, _, _ = b, ok, x, y, z
	defer len("abc") // ERROR "defer discards result of len\(\"abc\"\) \(constant 3 of type int\)"
	go int(v) // ERROR "go requires function call, not conversion int\(v\) \(value of type int\)"
	defer f()
	go print()
}
