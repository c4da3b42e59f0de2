// Array lengths: types2's messages for non-constant, negative, non-integer and undefined lengths.
package main

const c = 3

type T int

var v = 3

func main() {
	var a [-1]int       // ERROR "invalid array length -1 \(untyped int constant\)"
	var b [1.5]int      // ERROR "array length 1.5 \(untyped float constant\) must be integer"
	var d ["x"]int      // ERROR "array length \"x\" \(untyped string constant\) must be integer"
	var e [v]int        // ERROR "invalid array length v"
	var f [T]int        // ERROR "invalid array length T"
	var g [undef]int    // ERROR "undefined array length undef or missing type constraint"
	var h [1 << 63]byte // ERROR "invalid array length 1 << 63 \(untyped int constant 9223372036854775808\)"
	var i [1 << 62]byte
	var j [c * 2.0]int
	var k [int8(-1)]int // ERROR "invalid array length int8\(-1\) \(constant -1 of type int8\)"
	var l [v + 1]int    // ERROR "array length v \+ 1 \(value of type int\) must be constant"
	var m [1<<62 + 1<<61]byte
	_, _, _, _, _, _, _, _, _, _, _, _ = a, b, d, e, f, g, h, i, j, k, l, m
}
