// The pointer-method constraint pattern: PT interface{ *T; M() } to call pointer methods on new values.
package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = "name:" + s }

type Num struct{ v int }

func (n *Num) Set(s string) { n.v = len(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	fmt.Println(FromStrings[Name]([]string{"a", "b"}))
	fmt.Println(FromStrings[Num]([]string{"abc", "de"}))
}
