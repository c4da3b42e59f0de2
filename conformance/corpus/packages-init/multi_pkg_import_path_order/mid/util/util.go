package helpers

import "fmt"

func init() { fmt.Println("init mid/util (package helpers)") }

func Twice(x int) int { return 2 * x }
