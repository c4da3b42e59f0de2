// Errors in range clauses: what can be ranged over, how many variables, their types.
package main

type MyBool bool

func seq0(yield func() bool)              {}
func seq1(yield func(int) bool)           {}
func seq3(yield func(int, int, int) bool) {}
func seqMyBool(yield func(int) MyBool)    {}
func notIter(yield int)                   {}

func main() {
	n := 3
	for i, j := range n { // ERROR "range over n \(variable of type int\) permits only one iteration variable"
		_, _ = i, j
	}
	for range 5.5 { // ERROR "cannot range over 5.5 \(untyped float constant\)"
	}
	var s chan<- int
	for range s { // ERROR "cannot range over s \(variable of type chan<- int\): receive from send-only channel chan<- int"
	}
	for x := range seq0 { // ERROR "range over seq0 \(value of type func\(yield func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for range seq3 { // ERROR "cannot range over seq3 \(value of type func\(yield func\(int, int, int\) bool\)\): func must be func\(yield func\(...\) bool\): yield func has too many parameters"
	}
	for range seqMyBool { // ERROR "yield func returns user-defined boolean, not bool"
	}
	for range notIter { // ERROR "func must be func\(yield func\(...\) bool\): argument is not func"
	}
	var str, k string
	for k = range str { // ERROR "cannot use k \(value of type int\) as string value in assignment"
	}
	var f float64
	for f = range 10 { // ERROR "cannot use iteration variable of type float64"
	}
	for _ := range str { // ERROR "no new variables on left side of :="
	}
	_, _ = k, f
}
