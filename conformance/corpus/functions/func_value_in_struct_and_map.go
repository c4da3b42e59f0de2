// Function values stored in structs, slices and maps; called through selectors and indexes.
package main

import (
	"fmt"
	"sort"
)

type Command struct {
	Name string
	Run  func(args []string) string
}

func main() {
	cmds := map[string]Command{
		"echo": {"echo", func(a []string) string { return fmt.Sprint(a) }},
		"len":  {"len", func(a []string) string { return fmt.Sprint(len(a)) }},
	}
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, cmds[n].Run([]string{"a", "b"}))
	}
	steps := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 3 },
	}
	v := 1
	for _, s := range steps {
		v = s(v)
	}
	fmt.Println(v)
	var c Command
	fmt.Println(c.Run == nil)
}
