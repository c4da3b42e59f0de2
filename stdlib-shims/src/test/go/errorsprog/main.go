// The Go program behind ErrorsTest: errors.New identity, Is/As/Unwrap through fmt.Errorf %w
// (one and several), errors.Join, and how fmt prints these errors. Its output is recorded in
// ErrorsTest; the Java test performs the same steps.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a == a, errors.Is(a, b), errors.Is(a, a))
	w := fmt.Errorf("ctx: %w", a)
	fmt.Println(w, errors.Unwrap(w) == a, errors.Is(w, a), errors.Is(w, b))
	fmt.Printf("%T %v\n", w, errors.Unwrap(errors.Unwrap(w)))
	m := fmt.Errorf("%w + %w + %v", a, b, errors.New("v"))
	fmt.Println(m, errors.Unwrap(m) == nil, errors.Is(m, a), errors.Is(m, b))
	fmt.Printf("%T\n", m)
	r := fmt.Errorf("%[2]w %[1]w %[2]w", a, b)
	fmt.Println(r)
	j := errors.Join(a, nil, w)
	fmt.Printf("%q %v %T\n", j.Error(), errors.Is(j, a), j)
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(fmt.Errorf("no wrap %d", 1), fmt.Errorf("plain"), fmt.Errorf("bad %w", "notanerror"))
	fmt.Printf("%T %T\n", fmt.Errorf("plain"), fmt.Errorf("bad %w", "notanerror"))
	var target *MyErr
	deep := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", &MyErr{7}))
	fmt.Println(errors.As(deep, &target), target.Code, target)
	var target2 *MyErr
	fmt.Println(errors.As(a, &target2), target2 == nil)
	_, err := strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	var anyErr error
	fmt.Println(errors.As(deep, &anyErr), anyErr == deep)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, a), errors.Is(a, nil), errors.Unwrap(a) == nil)
}
