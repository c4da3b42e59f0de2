// An unrecovered panic with an error value prints the Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(fmt.Errorf("wrapped: %w", errors.New("disk full")))
}
