// append(s, x...): x is passed to the parameter ...E, so any slice assignable to []E will do.
package main

type T1 []int
type T2 []int
type Bytes []byte
type B byte

func main() {
	t1, t2 := T1{1}, T2{2}
	var t1b T1 = append(t1, t2...) // distinct named slice types of the same element type
	t1b = append(t1b, []int{3}...)
	var ints []int = append([]int(nil), t1...)
	var bs Bytes = append(Bytes{}, "abc"...)
	bs = append(bs, Bytes("x")...)
	_, _, _ = t1b, ints, bs

	_ = append(t1, []string{}...)  // ERROR "^cannot use \[\]string\{\} \(value of type \[\]string\) as \[\]int value in argument to append$"
	_ = append(t1, []int8{1}...)   // ERROR "^cannot use \[\]int8\{…\} \(value of type \[\]int8\) as \[\]int value in argument to append$"
	_ = append([]B{}, []byte{}...) // ERROR "^cannot use \[\]byte\{\} \(value of type \[\]byte\) as \[\]B value in argument to append$"
}
