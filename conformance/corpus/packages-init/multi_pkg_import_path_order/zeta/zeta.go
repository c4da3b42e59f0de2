package zeta

import "fmt"

var Name = "zeta"

func init() { fmt.Println("init zeta") }
