// Wordfreq counts words with a goroutine and prints the most frequent ones: a Go-only module
// (two packages, main using the other's generics) that goloom-maven-plugin packages into a runnable jar.
package main

import (
	"fmt"
	"os"
	"strings"

	"example.com/wordfreq/count"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient. Its
concurrency mechanisms make it easy to write programs that get the most out of
multicore and networked machines`

func main() {
	lines := strings.Split(text, "\n")
	ch := make(chan map[string]int)
	go count.Lines(lines, ch)
	total := map[string]int{}
	for m := range ch {
		for w, n := range m {
			total[w] += n
		}
	}
	for _, c := range count.Top(count.Sorted(total), 5) {
		fmt.Printf("%-6s %d\n", c.Text, c.N)
	}
	fmt.Fprintln(os.Stderr, count.Stat[int]{Name: "words", Value: len(total)})
	defer fmt.Println("done")
	if len(os.Args) > 1 {
		panic("unexpected arguments: " + strings.Join(os.Args[1:], " "))
	}
}
