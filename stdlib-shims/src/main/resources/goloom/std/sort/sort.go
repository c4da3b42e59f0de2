// The Go API of package sort as goloom implements it (Java: go.sort.Sort). Sorts are
// stable; sort.Slice may order equal elements differently from Go's pdqsort.
package sort

// Ints sorts a slice of ints in increasing order.
func Ints(x []int)

// Strings sorts a slice of strings in increasing order.
func Strings(x []string)

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64)

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool

// Float64sAreSorted reports whether the slice x is sorted in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool)

// SliceStable sorts the slice x using the provided less function, keeping equal elements
// in their original order.
func SliceStable(x any, less func(i, j int) bool)

// SliceIsSorted reports whether the slice x is sorted according to the less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool

// Search uses binary search to find and return the smallest index i in [0, n) at which
// f(i) is true, assuming that on the range [0, n), f(i) == true implies f(i+1) == true.
func Search(n int, f func(int) bool) int

// SearchInts searches for x in a sorted slice of ints and returns the index as specified
// by Search.
func SearchInts(a []int, x int) int

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int

// An implementation of Interface can be sorted by the routines in this package
// (Java: go.sort.Interface).
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. goloom sorts
// stably: equal elements may end in a different order than Go's pdqsort leaves them.
func Sort(data Interface)

// Stable sorts data in ascending order as determined by the Less method, while keeping
// the original order of equal elements.
func Stable(data Interface)

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface

// Find uses binary search to find and return the smallest index i in [0, n) at which
// cmp(i) <= 0, and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool)

// IntSlice attaches the methods of Interface to []int, sorting in increasing order
// (Java: its values in interfaces are go.sort.IntSlice).
type IntSlice []int

func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)
func (x IntSlice) Sort()
func (x IntSlice) Search(v int) int

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)
func (x StringSlice) Sort()
func (x StringSlice) Search(v string) int

// Float64Slice implements Interface for a []float64, sorting in increasing order, with
// not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int
func (x Float64Slice) Less(i, j int) bool
func (x Float64Slice) Swap(i, j int)
func (x Float64Slice) Sort()
func (x Float64Slice) Search(v float64) int
