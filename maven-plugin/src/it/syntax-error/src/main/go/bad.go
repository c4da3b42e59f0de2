// Package bad has a syntax error on line 4: the build must fail and say where.
package bad

func F() int { x := 1 2; return x }
