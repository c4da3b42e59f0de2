package registry

import (
	"maps"
	"slices"
)

type Plugin func(int) int

var plugins = map[string]Plugin{}

// InitLog records registration order.
var InitLog []string

func Register(name string, p Plugin) {
	plugins[name] = p
	InitLog = append(InitLog, name)
}

func Names() []string { return slices.Sorted(maps.Keys(plugins)) }

func Run(name string, x int) int {
	p, ok := plugins[name]
	if !ok {
		return -1
	}
	return p(x)
}
