// Since Go 1.21 panic(nil) becomes a *runtime.PanicNilError; recover returns it (non-nil).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r != nil)
		fmt.Printf("%T\n", r)
		fmt.Println(r)
		var pe *runtime.PanicNilError
		err, _ := r.(error)
		fmt.Println(errors.As(err, &pe))
		_, isRT := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRT)
	}()
	panic(nil)
}
