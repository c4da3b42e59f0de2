// fmt calls String on elements of slices and map values, and Error on nested errors in structs only at top level with %v.
package main

import (
	"errors"
	"fmt"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("#%03d", int(i)) }

type Rec struct {
	Id  ID
	Err error
}

func main() {
	ids := []ID{1, 22, 333}
	fmt.Println(ids)
	m := map[ID]ID{2: 20, 1: 10}
	fmt.Println(m)
	r := Rec{7, errors.New("oops")}
	fmt.Printf("%v\n%+v\n", r, r)
	arr := [2]ID{4, 5}
	fmt.Printf("%v %d\n", arr, arr)
}
