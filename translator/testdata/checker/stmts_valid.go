// Statements without errors: every form of switch, type switch, select, send, receive, go,
// defer, labels, goto, range and local type declarations that the checker accepts.
package main

import "fmt"

type Celsius float64

func pairs(yield func(int, string) bool) {
	_ = yield(1, "one") && yield(2, "two")
}

func values(yield func(int) bool) {
	_ = yield(1)
}

func times(yield func() bool) {
	_ = yield()
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	default:
		return 0
	}
}

func classify(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		_ = t
		return "integer"
	case string:
		return "string " + t
	case error:
		var e error = t
		_ = e
		return "error"
	default:
		_ = t
	}
	return "other"
}

func channels(ch chan int, out chan<- int, in <-chan int) int {
	ch <- 1
	out <- <-in
	v := <-ch
	w, ok := <-in
	var b bool
	v, b = <-ch
	select {
	case ch <- v:
	case x := <-in:
		v += x
	case y, more := <-ch:
		v += y
		_ = more
	case v, ok = <-ch:
	case <-in:
	default:
	}
	<-ch
	_, _, _ = w, ok, b
	go println(v)
	defer print(v)
	defer sign(v)
	go channels(ch, out, in)
	for x := range in {
		v += x
	}
	for range ch {
		break
	}
	if ch != nil && in == nil {
		return 0
	}
	select {}
}

func loops() int {
	total := 0
	var s []int
	var arr [3]string
	var p *[3]string
	var m map[string]float64
	for i := range 10 {
		total += i
	}
	for range 3 {
	}
	var u8 uint8
	for u8 = range 200 {
	}
	for i, x := range s {
		total += i + x
	}
	for i := range arr {
		total += i
	}
	for i := range p {
		total += i
	}
	for i, r := range "héllo" {
		total += i + int(r)
	}
	for k, v := range m {
		_, _ = k, v
	}
	var k int
	var r rune
	for k, r = range "abc" {
	}
	for n, name := range pairs {
		_, _ = n, name
	}
	for n := range values {
		total += n
	}
	for range times {
	}
	_, _, _ = u8, k, r
	return total
}

func labelsAndGoto(n int) (count int) {
outer:
	for i := 0; i < n; i++ {
		for j := range n {
			switch {
			case j == 2:
				continue outer
			case i == j:
				break
			case j > 5:
				break outer
			}
		}
	}
sel:
	select {
	default:
		break sel
	}
	i := 0
loop:
	if i < n {
		i++
		count++
		goto loop
	}
	goto done
done:
	switch n {
	case 0:
		fallthrough
	case 1, 2:
		count++
	case 3:
	}
	return
}

func terminating(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("negative")
	}
}

func localTypes() {
	type pair int
	type temp = Celsius
	type list []pair
	type node func(node) node
	var l list
	var t temp = 21.5
	var n node
	var p pair = 2
	_, _ = l, n
	fmt.Println(t, p)
}

func main() {
	fmt.Println(sign(-3), classify(1), loops(), labelsAndGoto(4), terminating(2))
	switch x := sign(5); x {
	case 1, 2:
	case 3:
	default:
	}
	switch x := 2; {
	case x > 1:
	}
	localTypes()
	var c Celsius = 3
	switch c {
	case 3, 4.5:
	}
}
