// Custom error types implementing error, returned and inspected by type assertion.
package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func parse(lines []string) error {
	for i, l := range lines {
		if l == "" {
			return &ParseError{i + 1, "empty line"}
		}
	}
	return nil
}

func main() {
	err := parse([]string{"a", "b", "", "d"})
	fmt.Println(err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("line number", pe.Line)
	}
	fmt.Println(parse([]string{"x"}) == nil)
	fmt.Printf("%v | %s | %q\n", err, err, err)
}
