// types2's causes for invalid comparisons, at the offending operand; parameters named twice in
// function types and interface methods.
package main

type S struct {
	a int
	b []int
}

type I interface {
	M(x int) (x int) // ERROR "x redeclared in this block"
}

type F func(a, a string) // ERROR "a redeclared in this block"

func main() {
	var (
		s  []int
		f  func()
		m  map[int]int
		i  any
		st S
		ar [2]func()
	)
	_ = s == s   // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	_ = f != f   // ERROR "invalid operation: f != f \(func can only be compared to nil\)"
	_ = i == m   // ERROR "invalid operation: i == m \(map can only be compared to nil\)"
	_ = st == st // ERROR "invalid operation: st == st \(struct containing \[\]int cannot be compared\)"
	_ = ar == ar // ERROR "invalid operation: ar == ar \(\[2\]func\(\) cannot be compared\)"
	_ = st < st  // ERROR "invalid operation: st < st \(operator < not defined on struct\)"
	_ = i < i    // ERROR "invalid operation: i < i \(operator < not defined on interface\)"
	_ = s == nil
}
