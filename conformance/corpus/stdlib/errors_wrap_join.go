// fmt.Errorf with %w (single and multiple), %v (no wrap), errors.Join and errors.Unwrap.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

func main() {
	w1 := fmt.Errorf("layer1: %w", ErrA)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, ErrA), errors.Unwrap(w2) == w1, errors.Unwrap(errors.Unwrap(w2)) == ErrA)
	noWrap := fmt.Errorf("no wrap: %v", ErrA)
	fmt.Println(noWrap, errors.Is(noWrap, ErrA), errors.Unwrap(noWrap) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrA, ErrB)
	fmt.Println(multi, errors.Is(multi, ErrA), errors.Is(multi, ErrB), errors.Is(multi, ErrC), errors.Unwrap(multi) == nil)
	j := errors.Join(ErrA, nil, ErrC)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrC), errors.Is(j, ErrB))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Printf("%T %T %T\n", w1, multi, j)
}
