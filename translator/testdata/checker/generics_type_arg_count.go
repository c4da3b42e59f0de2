// A generic type given the wrong number of type arguments is still an instance (types2): later
// messages name it, and errors that follow from its invalid underlying type are dropped.
package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p *Pair[K, V]) Key() K { return p.k }

type Getter[K comparable, V any] interface {
	Key() K
}

type maker[K comparable, V any] func() Pair[K] // ERROR "not enough type arguments for type Pair: have 1, want 2"

func build[K comparable, V any](k K) Getter[K] { // ERROR "not enough type arguments for type Getter: have 1, want 2"
	var m maker[K] // ERROR "not enough type arguments for type maker: have 1, want 2"
	_ = m()
	p := Pair[K]{k: k} // ERROR "not enough type arguments for type Pair: have 1, want 2"
	_ = p.k
	return &Pair[K, V, int]{} // ERROR "cannot use &Pair\[K, V, int\]\{\} \(value of type \*Pair\[K, V, int\]\) as Getter\[K\] value in return statement" "too many type arguments for type Pair: have 3, want 2"
}

func main() {}
