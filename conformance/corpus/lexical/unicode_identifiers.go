// Identifiers made of Unicode letters and digits.
package main

import "fmt"

type Größe struct {
	Länge  int
	Breite int
}

func (g Größe) Fläche() int { return g.Länge * g.Breite }

func main() {
	π := 3.14159
	日本 := "Japan"
	var _x9 = 9
	αβγ_1 := []int{1, 2, 3}
	g := Größe{Länge: 3, Breite: 4}
	fmt.Println(π, 日本, _x9, αβγ_1, g.Fläche())
	fmt.Printf("%+v\n", g)
	ǅ := 1 // titlecase letter
	fmt.Println(ǅ)
}
