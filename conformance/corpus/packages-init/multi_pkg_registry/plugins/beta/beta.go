package beta

import "example.com/multi_pkg_registry/registry"

func init() {
	registry.Register("beta-negate", func(x int) int { return -x })
	registry.Register("beta-double", func(x int) int { return 2 * x })
}
