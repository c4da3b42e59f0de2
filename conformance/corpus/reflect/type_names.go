// reflect.Type's Name, PkgPath, String and Kind for predeclared, unsafe, named and unnamed types.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type Celsius float64

type point struct{ x, y int }

func main() {
	for _, v := range []any{0, "s", 1.5, unsafe.Pointer(nil), Celsius(1), point{}, &point{}, []int{}, map[string]bool{}, error(nil)} {
		t := reflect.TypeOf(v)
		if t == nil {
			fmt.Println("nil type")
			continue
		}
		fmt.Printf("%q %q %q %v\n", t.Name(), t.PkgPath(), t.String(), t.Kind())
	}
}
