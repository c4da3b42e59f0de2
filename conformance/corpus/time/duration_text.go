// time.Duration: String for every magnitude, the float accessors, Round/Truncate/Abs, ParseDuration and its errors.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond, 999999999,
		time.Second, 61 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		100 * time.Hour, -1, -time.Minute, math.MaxInt64, math.MinInt64, 1100 * time.Nanosecond}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.6f|%.6f|%.9f|%d|%d|%v\n", d, d.String(), int64(d), d.Hours(), d.Minutes(),
			d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Abs())
	}
	for _, m := range []time.Duration{0, time.Millisecond, time.Second, 7 * time.Second, time.Hour, -time.Second} {
		d := 90*time.Minute + 1500*time.Millisecond + 3
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	inputs := []string{"0", "-0", "+5s", "1h2m3s", "1.5h", ".5s", "1.s", "300ms", "-1.5h", "2h45m", "1µs", "1μs", "1us",
		"1ns", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"", "s", "1", "1x", "1.2.3s", "-", "1hh", ".s", "3000000h", "0.123456789123s", "1h1"}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		fmt.Printf("%q -> %v %v\n", in, d, err)
	}
}
