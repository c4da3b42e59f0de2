// Wordfreq counts words with a few goroutines and prints the most frequent ones: a Go-only
// module that goloom-maven-plugin packages into a runnable jar.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient. Its
concurrency mechanisms make it easy to write programs that get the most out of
multicore and networked machines`

type count struct {
	word string
	n    int
}

func countLines(lines []string, out chan<- map[string]int) {
	for _, line := range lines {
		m := map[string]int{}
		for _, w := range strings.Fields(line) {
			m[strings.ToLower(strings.Trim(w, ".,"))]++
		}
		out <- m
	}
	close(out)
}

func main() {
	lines := strings.Split(text, "\n")
	ch := make(chan map[string]int)
	go countLines(lines, ch)
	total := map[string]int{}
	for m := range ch {
		for w, n := range m {
			total[w] += n
		}
	}
	var counts []count
	for w, n := range total {
		counts = append(counts, count{w, n})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].n != counts[j].n {
			return counts[i].n > counts[j].n
		}
		return counts[i].word < counts[j].word
	})
	for _, c := range counts[:5] {
		fmt.Printf("%-6s %d\n", c.word, c.n)
	}
	fmt.Fprintln(os.Stderr, "words:", len(total))
	defer fmt.Println("done")
	if len(os.Args) > 1 {
		panic("unexpected arguments: " + strings.Join(os.Args[1:], " "))
	}
}
