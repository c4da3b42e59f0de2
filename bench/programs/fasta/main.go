// fasta (Benchmarks Game task): DNA sequences by copying a repeat and by a weighted random choice.
package main

import (
	"bufio"
	"os"
	"strconv"
)

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type Acid struct {
	symbol byte
	prob   float64
}

var iub = []Acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homoSapiens = []Acid{
	{'a', 0.3029549426680},
	{'c', 0.1979883004921},
	{'g', 0.1975473066391},
	{'t', 0.3015094502008},
}

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func repeatFasta(out *bufio.Writer, header, s string, n int) {
	out.WriteString(header)
	line := make([]byte, lineWidth+1)
	pos := 0
	for n > 0 {
		m := lineWidth
		if n < m {
			m = n
		}
		for i := 0; i < m; i++ {
			line[i] = s[pos]
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		line[m] = '\n'
		out.Write(line[:m+1])
		n -= m
	}
}

func randomFasta(out *bufio.Writer, header string, acids []Acid, n int) {
	out.WriteString(header)
	cumulative := make([]float64, len(acids))
	sum := 0.0
	for i, a := range acids {
		sum += a.prob
		cumulative[i] = sum
	}
	line := make([]byte, lineWidth+1)
	for n > 0 {
		m := lineWidth
		if n < m {
			m = n
		}
		for i := 0; i < m; i++ {
			r := random(1.0)
			j := 0
			for r >= cumulative[j] && j < len(cumulative)-1 {
				j++
			}
			line[i] = acids[j].symbol
		}
		line[m] = '\n'
		out.Write(line[:m+1])
		n -= m
	}
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	repeatFasta(out, ">ONE Homo sapiens alu\n", alu, 2*n)
	randomFasta(out, ">TWO IUB ambiguity codes\n", iub, 3*n)
	randomFasta(out, ">THREE Homo sapiens frequency\n", homoSapiens, 5*n)
}
