// reverse-complement (Benchmarks Game task): the reverse complement of each fasta sequence on stdin.
package main

import (
	"bufio"
	"os"
)

const lineWidth = 60

var complement [256]byte

func init() {
	for i := range complement {
		complement[i] = byte(i)
	}
	pairs := "AT CG GC TA UA MK RY WW SS YR KM VB HD DH BV NN"
	for i := 0; i+1 < len(pairs); i += 3 {
		from, to := pairs[i], pairs[i+1]
		complement[from] = to
		complement[from+'a'-'A'] = to
	}
}

func flush(out *bufio.Writer, seq []byte) {
	// (i, j = i+1, j-1 as a post statement is not translated yet)
	for i, j := 0, len(seq)-1; i < j; i++ {
		seq[i], seq[j] = complement[seq[j]], complement[seq[i]]
		j--
	}
	if len(seq)%2 == 1 {
		mid := len(seq) / 2
		seq[mid] = complement[seq[mid]]
	}
	for len(seq) > 0 {
		m := lineWidth
		if len(seq) < m {
			m = len(seq)
		}
		out.Write(seq[:m])
		out.WriteByte('\n')
		seq = seq[m:]
	}
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var seq []byte
	for in.Scan() {
		line := in.Bytes()
		if len(line) > 0 && line[0] == '>' {
			flush(out, seq)
			seq = seq[:0]
			out.Write(line)
			out.WriteByte('\n')
			continue
		}
		seq = append(seq, line...)
	}
	flush(out, seq)
}
