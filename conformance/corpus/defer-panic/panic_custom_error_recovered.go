// Panicking with a custom error type; recovering and inspecting it with errors.As.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", 42})
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("check: %w", e)
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func main() {
	fmt.Println(check(5))
	err := check(-1)
	fmt.Println(err)
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field, ve.Code)
}
