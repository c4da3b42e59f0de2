package a

import (
	"fmt"

	"example.com/multi_pkg_std_import_order/trace"
)

var A = trace.Add(fmt.Sprint("a.A"))
