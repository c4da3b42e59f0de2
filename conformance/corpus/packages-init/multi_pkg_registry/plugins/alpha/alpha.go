package alpha

import "example.com/multi_pkg_registry/registry"

func init() {
	registry.Register("alpha-square", func(x int) int { return x * x })
}
