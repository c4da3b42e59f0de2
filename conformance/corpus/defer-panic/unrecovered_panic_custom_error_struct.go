// An unrecovered panic with a custom struct error type (pointer receiver).
package main

import "fmt"

type QuotaError struct {
	User  string
	Limit int
}

func (e *QuotaError) Error() string { return fmt.Sprintf("user %s exceeded quota %d", e.User, e.Limit) }

func main() {
	defer fmt.Println("cleanup")
	panic(&QuotaError{"ann", 10})
}
