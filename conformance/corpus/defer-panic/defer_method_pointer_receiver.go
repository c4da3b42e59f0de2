// Deferred method calls with pointer receivers see later modifications; value receivers do not.
package main

import "fmt"

type Res struct{ state string }

func (r *Res) ClosePtr() { fmt.Println("ptr close sees:", r.state) }
func (r Res) CloseVal()  { fmt.Println("val close sees:", r.state) }

func main() {
	r := &Res{"open"}
	defer r.ClosePtr()
	defer r.CloseVal()
	r.state = "modified"
}
