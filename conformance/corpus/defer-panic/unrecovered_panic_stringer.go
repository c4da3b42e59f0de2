// An unrecovered panic with a fmt.Stringer value (not an error) prints its String() text.
package main

import "fmt"

type State struct{ Code int }

func (s State) String() string { return fmt.Sprintf("State<%d>", s.Code) }

func main() {
	fmt.Println("start")
	panic(State{7})
}
