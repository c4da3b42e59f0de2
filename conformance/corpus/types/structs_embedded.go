// Embedded struct fields: promotion, shadowing, and explicit access via the type name.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }

type Derived struct {
	Base
	Name  string
	Extra bool
}

type PtrEmbed struct {
	*Base
}

func main() {
	d := Derived{Base: Base{1, "inner"}, Name: "outer", Extra: true}
	fmt.Println(d.ID, d.Name, d.Base.Name, d.Describe())
	fmt.Printf("%+v\n", d)
	d.ID = 5
	fmt.Println(d.Base.ID)
	pe := PtrEmbed{&Base{2, "p"}}
	pe.ID = 3
	fmt.Println(pe.Base.ID, pe.Describe())
}
