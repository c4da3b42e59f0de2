// A heterogeneous slice of interface values processed via dispatch and type switches.
package main

import (
	"fmt"
	"strings"
)

type Node interface{ Render(depth int) string }

type Text string
type Elem struct {
	Tag      string
	Children []Node
}

func (t Text) Render(depth int) string { return strings.Repeat("  ", depth) + string(t) + "\n" }

func (e Elem) Render(depth int) string {
	var b strings.Builder
	pad := strings.Repeat("  ", depth)
	b.WriteString(pad + "<" + e.Tag + ">\n")
	for _, c := range e.Children {
		b.WriteString(c.Render(depth + 1))
	}
	b.WriteString(pad + "</" + e.Tag + ">\n")
	return b.String()
}

func count(n Node) int {
	switch n := n.(type) {
	case Elem:
		c := 1
		for _, ch := range n.Children {
			c += count(ch)
		}
		return c
	default:
		return 1
	}
}

func main() {
	doc := Elem{"html", []Node{Elem{"body", []Node{Text("hi"), Elem{"b", []Node{Text("bold")}}}}}}
	fmt.Print(doc.Render(0))
	fmt.Println(count(doc))
}
