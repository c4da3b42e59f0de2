// strconv.FormatFloat and ParseFloat: formats, precisions, bit sizes, special values.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Println(string(f), strconv.FormatFloat(x, f, -1, 64), strconv.FormatFloat(x, f, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789, 'g', 4, 64))
	for _, s := range []string{"3.25", "1e3", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "abc", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendQuote(nil, "q")))
}
