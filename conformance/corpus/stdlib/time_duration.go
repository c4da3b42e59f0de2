// time.Duration arithmetic and String(); fixed dates in UTC formatted deterministically.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Microsecond, -2*time.Second)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds())
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(2 * time.Hour)
	fmt.Println(t.Format(time.RFC3339), t2.Format("2006-01-02 15:04 Mon"), t2.Weekday(), t2.YearDay())
	fmt.Println(t2.Sub(t), t.Before(t2), t.AddDate(0, 1, 1).Format("Jan 2, 2006"))
	p, err := time.Parse("2006-01-02", "2000-03-01")
	fmt.Println(p.Year(), p.Month(), p.Day(), err, p.Unix())
}
