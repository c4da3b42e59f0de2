// Go 1.26: new accepts an expression and returns a pointer to a copy of its value.
package main

import "fmt"

type Config struct {
	Name    string
	Retries *int
}

func main() {
	p := new(42)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)
	c := Config{Name: "x", Retries: new(3)}
	fmt.Println(c.Name, *c.Retries)
	s := new([]string{"a", "b"})
	*s = append(*s, "c")
	fmt.Println(*s)
	x := 10
	q := new(x * 2)
	x = 0
	fmt.Println(*q, x)
	fmt.Printf("%T %T\n", new(1.5), new("s"))
}
