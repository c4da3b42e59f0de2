// fmt uses Error() over String(), and String() for %v/%s but not for %d; pointer vs value receivers.
package main

import (
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS", p.N) }

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f %d\n", t, t, t, 5)
	fmt.Println(Both{})
	v := PtrStringer{3}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v\n", []Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Printf("%s\n", []fmt.Stringer{t, &v})
}
