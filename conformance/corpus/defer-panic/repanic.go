// A recovered panic re-raised with a new value; the outer handler sees the new value.
package main

import (
	"errors"
	"fmt"
)

func inner() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("wrapped(%v)", r))
		}
	}()
	panic("original")
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(r.(string))
		}
	}()
	inner()
	return nil
}

func main() {
	fmt.Println(middle())
}
