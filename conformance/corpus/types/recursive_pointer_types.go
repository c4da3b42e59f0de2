// Selectors through a defined pointer type: b.N is (*b).N; the type's methods would be none.
package main

type Box struct{ N int }

type BoxPtr *Box

type Pair struct {
	Box
	M int
}

type PairPtr *Pair

func main() {
	b := BoxPtr(&Box{4})
	b.N++ // (*b).N through the defined pointer type
	println(b.N)
	p := PairPtr(&Pair{Box{1}, 2})
	p.N += p.M // a promoted field through the defined pointer type
	println(p.N, p.Box.N)
}
