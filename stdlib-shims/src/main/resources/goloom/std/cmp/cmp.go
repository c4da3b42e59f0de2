// The Go API of package cmp (Java: go.cmp.Cmp, generic methods; programs importing cmp need
// the translator's generics support).
package cmp

// Ordered is a constraint that permits any ordered type.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

func Less[T Ordered](x, y T) bool
func Compare[T Ordered](x, y T) int
func Or[T comparable](vals ...T) T
