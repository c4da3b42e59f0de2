// k-nucleotide (Benchmarks Game task): k-mer frequencies of the third fasta sequence read from stdin.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

type kmerCount struct {
	kmer  string
	count int
}

func frequencies(seq string, k int) map[string]int {
	counts := make(map[string]int)
	for i := 0; i+k <= len(seq); i++ {
		counts[seq[i:i+k]]++
	}
	return counts
}

func printFrequencies(out *bufio.Writer, seq string, k int) {
	counts := frequencies(seq, k)
	list := make([]kmerCount, 0, len(counts))
	total := 0
	for kmer, c := range counts {
		list = append(list, kmerCount{kmer, c})
		total += c
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].kmer < list[j].kmer
	})
	for _, kc := range list {
		fmt.Fprintf(out, "%s %.3f\n", kc.kmer, 100*float64(kc.count)/float64(total))
	}
	fmt.Fprintln(out)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		if strings.HasPrefix(in.Text(), ">THREE") {
			break
		}
	}
	var sb strings.Builder
	for in.Scan() {
		line := in.Text()
		if len(line) > 0 && line[0] == '>' {
			break
		}
		sb.WriteString(strings.ToUpper(line))
	}
	seq := sb.String()

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	printFrequencies(out, seq, 1)
	printFrequencies(out, seq, 2)
	for _, frag := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		counts := frequencies(seq, len(frag))
		fmt.Fprintf(out, "%d\t%s\n", counts[frag], frag)
	}
}
