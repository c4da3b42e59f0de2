// Recovered runtime errors implement runtime.Error and error; errors.As works on them.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func capture(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	f()
	return nil
}

func main() {
	var s []int
	err := capture(func() { _ = s[1] })
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.As(wrapped, &re))
	err2 := capture(func() { panic(errors.New("plain")) })
	fmt.Println(errors.As(err2, &re), err2)
	fmt.Println(capture(func() {}))
}
