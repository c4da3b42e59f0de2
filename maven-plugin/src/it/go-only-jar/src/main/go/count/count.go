// Package count tallies words; package main of the same module imports it.
package count

import (
	"fmt"
	"sort"
	"strings"
)

// Word is a word and how often it occurs.
type Word struct {
	Text string
	N    int
}

// Lines counts the words of each line and sends one map per line, then closes out.
func Lines(lines []string, out chan<- map[string]int) {
	for _, line := range lines {
		m := map[string]int{}
		for _, w := range strings.Fields(line) {
			m[strings.ToLower(strings.Trim(w, ".,"))]++
		}
		out <- m
	}
	close(out)
}

// Sorted orders the counts, most frequent first, then alphabetically.
func Sorted(total map[string]int) []Word {
	var words []Word
	for w, n := range total {
		words = append(words, Word{w, n})
	}
	sort.Slice(words, func(i, j int) bool {
		if words[i].N != words[j].N {
			return words[i].N > words[j].N
		}
		return words[i].Text < words[j].Text
	})
	return words
}

// Top returns the first n elements of xs, or all of them when there are fewer: a generic
// function that package main instantiates (its instance lives in this package's class).
func Top[T any](xs []T, n int) []T {
	if len(xs) < n {
		return xs
	}
	return xs[:n]
}

// Stat is a named value of any type: a generic type that package main instantiates.
type Stat[V any] struct {
	Name  string
	Value V
}

// String formats the statistic as "name: value".
func (s Stat[V]) String() string { return fmt.Sprint(s.Name, ": ", s.Value) }
