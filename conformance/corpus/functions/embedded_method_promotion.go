// Methods of embedded types are promoted; outer methods shadow inner ones; pointer-embedded promotions.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks (" + d.Animal.Speak() + ")" }

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Kind())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	dp := &d
	dp.Rename("Bo")
	fmt.Println(dp.Speak())
}
