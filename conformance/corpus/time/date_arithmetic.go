// time.Date normalization, fields, AddDate, Add/Sub, comparisons, Unix conversions, Truncate/Round.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC)
	fmt.Println(t)
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.YearDay(), t.Weekday())
	fmt.Println(time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	fmt.Println(time.Date(2024, 1, 1, -1, 0, 0, -1, time.UTC))

	base := time.Date(2024, time.January, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0), base.AddDate(1, -13, 1), base.AddDate(0, 0, 366))
	later := base.Add(90*time.Minute + 30*time.Second)
	fmt.Println(later, later.Sub(base), base.Sub(later))
	fmt.Println(later.After(base), later.Before(base), base.Equal(base.In(time.FixedZone("X", 3600))), base.Compare(later))
	fmt.Println(base == base.UTC(), base.In(time.FixedZone("X", 3600)))

	for _, yr := range []int{2020, 2021, 2026, 2027} {
		for _, day := range []int{1, 2, 3, 4, 28, 29, 30, 31} {
			dt := time.Date(yr, time.December, day, 0, 0, 0, 0, time.UTC)
			iy, iw := dt.ISOWeek()
			fmt.Print(dt.Format("2006-01-02 Mon"), " ", iy, "-W", iw, " ", dt.YearDay(), "; ")
		}
		fmt.Println()
	}

	u := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano())
	fmt.Println(time.Unix(-1, -1).UTC(), time.UnixMilli(-1500).UTC(), time.UnixMicro(1).UTC())
	zone, off := time.Date(2020, 6, 1, 0, 0, 0, 0, time.FixedZone("ABC", -7200)).Zone()
	fmt.Println(zone, off)

	r := time.Date(2024, 5, 6, 7, 8, 9, 500000000, time.UTC)
	for _, d := range []time.Duration{time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * time.Millisecond, 0, -time.Second} {
		fmt.Println(d, r.Truncate(d), r.Round(d))
	}
	fmt.Println(time.Month(13), time.Weekday(7), time.March, time.Saturday)
	fmt.Printf("%v %d %s %v\n", time.July, time.July, time.Tuesday, []time.Month{1, 12})
	fmt.Println(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Year())
	fmt.Println(time.UTC, time.FixedZone("Custom", 3600))
}
