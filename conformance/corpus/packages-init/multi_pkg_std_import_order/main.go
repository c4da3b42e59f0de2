// Go 1.21+: a package waits for the standard packages it imports (fmt), so b, importing nothing
// with init work, initializes before a although "a" sorts first and is imported first.
package main

import (
	"fmt"

	"example.com/multi_pkg_std_import_order/a"
	"example.com/multi_pkg_std_import_order/b"
	"example.com/multi_pkg_std_import_order/trace"
)

func init() { trace.Add("main.init") }

func main() {
	fmt.Println(trace.Events, a.A, b.B, b.Max(3, 4), b.Max("x", "y"))
}
