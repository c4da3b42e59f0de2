package trace

// Events lists the package variables initialized so far; it has no initializer itself.
var Events []string

func Add(s string) int {
	Events = append(Events, s)
	return len(Events)
}
