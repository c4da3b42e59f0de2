// Elided composite literals of a defined pointer type (type PS *S): []PS{{f: 1}} means []PS{&S{f: 1}}, generic too.
package main

import "fmt"

type (
	S  struct{ f int }
	PS *S
)

func b() []PS { return []PS{{f: 1}, nil, {f: 3}} }

func d[P PS]() []P { return []P{{f: 1}} }

func main() {
	for _, p := range b() {
		if p != nil {
			fmt.Println(p.f)
		}
	}
	fmt.Println(d[PS]()[0].f)
	m := map[string]PS{"k": {f: 9}}
	fmt.Println(m["k"].f)
}
