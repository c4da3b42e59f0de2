// Package calc has a bug that its test finds: the build must fail with go test's report.
package calc

// Sum adds the numbers (but forgets the last one).
func Sum(xs []int) int {
	total := 0
	for i := 0; i < len(xs)-1; i++ {
		total += xs[i]
	}
	return total
}
