// gc's wording for: a call with several results assigned to one variable, an untyped constant
// that cannot be converted, and an untyped shift whose type a comparison makes float64.
package main

var s uint = 2

func two() (int, int)          { return 1, 2 }
func three() (int, int, int)   { return 1, 2, 3 }
func one() int                 { return 1 }

type T struct{}

func (T) two() (int, string) { return 0, "" }

var (
	_ = 1<<s == 1   // ok: int
	_ = 1<<s == 1.  // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	_ = 1.<<s == 1  // ERROR "invalid operation: shifted operand 1. \(type float64\) must be integer"
)

func main() {
	var t T
	_ = two()         // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	x := (three())    // ERROR "assignment mismatch: 1 variable but three returns 3 values"
	var y int = t.two() // ERROR "multiple-value t.two\(\) \(value of type \(int, string\)\) in single-value context"
	z := t.two()        // ERROR "assignment mismatch: 1 variable but t.two returns 2 values"
	_, _ = one()      // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	_ = bool(1)       // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = string(1.5)   // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = int("")       // ERROR "cannot convert \x22\x22 \(untyped string constant\) to type int"
	_, _, _ = x, y, z
}
