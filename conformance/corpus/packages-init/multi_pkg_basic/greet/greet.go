package greet

import (
	"fmt"
	"strings"
)

// Count is exported and mutated by Hello.
var Count int

var defaultPrefix = setupPrefix()

func setupPrefix() string {
	fmt.Println("greet package var init")
	return "Hello"
}

func init() {
	fmt.Println("greet init")
}

func Hello(name string) string {
	Count++
	return format(defaultPrefix, name)
}

func format(prefix, name string) string {
	return prefix + ", " + strings.ToUpper(name[:1]) + name[1:] + "!"
}

type Greeter struct {
	Prefix string
	uses   int
}

func New(prefix string) *Greeter { return &Greeter{Prefix: prefix} }

func (g *Greeter) Greet(name string) string {
	g.uses++
	return fmt.Sprintf("%s (use %d)", format(g.Prefix, name), g.uses)
}
