package b

import "example.com/multi_pkg_init_chain/c"

var v = c.Next("b.v")

func init() { c.Log("b.init") }

func Value() int { return v * 100 }
