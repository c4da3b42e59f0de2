// Blank imports run package init for side effects (plugin registration); import alias; generic helper package.
package main

import (
	"fmt"

	_ "example.com/multi_pkg_registry/plugins/alpha"
	_ "example.com/multi_pkg_registry/plugins/beta"
	reg "example.com/multi_pkg_registry/registry"
)

func main() {
	for _, name := range reg.Names() {
		fmt.Println(name, "->", reg.Run(name, 5))
	}
	fmt.Println("init log:", reg.InitLog)
	fmt.Println(reg.Run("missing", 1))
}
