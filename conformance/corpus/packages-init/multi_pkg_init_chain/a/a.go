package a

import "example.com/multi_pkg_init_chain/c"

var v = c.Next("a.v")

func init() { c.Log("a.init") }

func Value() int { return v }
