// Switch on strings, booleans, and untyped constants converted to the tag type.
package main

import "fmt"

type Level int8

func main() {
	for _, cmd := range []string{"start", "stop", "", "START"} {
		switch cmd {
		case "start":
			fmt.Println("starting")
		case "stop", "halt":
			fmt.Println("stopping")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println("unknown", cmd)
		}
	}
	var l Level = 2
	switch l {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
	switch true {
	case l > 1:
		fmt.Println("l > 1")
	}
	var f float64 = 0.5
	switch f {
	case 0.5:
		fmt.Println("half")
	}
}
