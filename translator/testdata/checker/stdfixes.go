// Checker rules the standard library needs (goloom check std): each was once rejected.
package main

type rawConn struct{}

func (*rawConn) Control() {}

type Conn interface{ Control() }

func newRawConn() (*rawConn, error) { return &rawConn{}, nil }

// return f(): each result is assigned to its result type (*rawConn to Conn), not compared for identity.
func syscallConn() (Conn, error) {
	return newRawConn()
}

func wrongResults() (string, error) {
	return newRawConn() // ERROR "cannot use newRawConn\(\) \(value of type \*rawConn\) as string value in return statement"
}

type memStats struct{ PauseNs [256]uint64 }

// len of an array reached through a conversion is constant: a conversion is no call.
const pauses = len(((*memStats)(nil)).PauseNs)

var _ [pauses]int

// A constraint may instantiate with a type parameter declared later in the same list.
type value interface{ getOp() int }

type word interface {
	value
	isWord()
}

type wrap[T value] interface {
	value
	wrap(x int) T
}

func arg[W wrap[T], T word](w W) T { return w.wrap(w.getOp()) }

// A generic function passed to a generic function gets its type arguments from the others.
func sortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {}

func compare[S ~[]E, E ~int | ~string](s1, s2 S) int { return 0 }

func apply[T any](x T, f func(T) T) T { return f(x) }

func identity[T any](x T) T { return x }

func main() {
	_, _ = syscallConn()
	_, _ = wrongResults()
	sortFunc([][]string{{"a"}}, compare)
	_ = apply(3, identity)
}
