// time.Format with every standard layout and the layout elements, in UTC and fixed zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	east := time.FixedZone("EET", 2*3600)
	west := time.FixedZone("", -(5*3600 + 30*60))
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2024, time.February, 29, 0, 0, 0, 0, east),
		time.Date(1999, time.December, 31, 12, 30, 7, 500000000, west),
		time.Date(5, time.January, 3, 9, 8, 7, 6000, time.UTC),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January _2 __2 002 3:4:5 pm PM 06",
		"2006-01-02T15:04:05.000000Z07:00:00 -07 Z07 -070000 Z0700",
		"15:04:05,999 .9 .99 ,000 .0",
		"_2006 Jan Janu Mon Mond MST",
	}
	for _, t := range times {
		fmt.Println(t)
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
	}
	var zero time.Time
	fmt.Println(zero, zero.IsZero())
	fmt.Println(zero.Format(time.RFC3339Nano))
}
