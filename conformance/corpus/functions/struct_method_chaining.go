// Method chaining with pointer receivers returning the receiver (builder pattern).
package main

import (
	"fmt"
	"strings"
)

type Builder struct {
	parts []string
	sep   string
}

func NewBuilder() *Builder               { return &Builder{sep: ","} }
func (b *Builder) Add(s string) *Builder { b.parts = append(b.parts, s); return b }
func (b *Builder) Sep(s string) *Builder { b.sep = s; return b }
func (b Builder) String() string         { return strings.Join(b.parts, b.sep) }

func main() {
	b := NewBuilder().Add("a").Add("b").Sep(" | ").Add("c")
	fmt.Println(b.String())
	fmt.Println(b)
	fmt.Println(*b)
}
