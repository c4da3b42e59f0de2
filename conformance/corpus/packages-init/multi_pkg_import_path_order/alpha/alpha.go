package alpha

import "fmt"

var AlphaName = "alpha"

func init() { fmt.Println("init alpha") }
