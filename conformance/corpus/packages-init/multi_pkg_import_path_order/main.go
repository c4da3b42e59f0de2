// Go 1.21+: independent imported packages initialize in import-path order, not import-statement order; package name differs from directory.
package main

import (
	"fmt"

	"example.com/multi_pkg_import_path_order/zeta"
	"example.com/multi_pkg_import_path_order/mid/util"
	. "example.com/multi_pkg_import_path_order/alpha"
)

func init() { fmt.Println("init main") }

func main() {
	fmt.Println(zeta.Name, helpers.Twice(21), AlphaName)
}
