// time.Parse and ParseInLocation: standard layouts, fractions, zones, AM/PM, year days, and Go's error messages.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t.Format(time.RFC3339Nano), name, off)
}

func main() {
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2023-10-05T08:09:10+05:30"},
		{time.RFC3339Nano, "2023-10-05T08:09:10.123456789-07:00"},
		{time.RFC3339, "2023-10-05T08:09:10.5Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0100"},
		{time.RFC822, "02 Jan 06 15:04 PST"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.DateTime, "2024-02-29 23:59:59"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2023-13-01"},
		{time.TimeOnly, "25:00:00"},
		{time.TimeOnly, "10:60:00"},
		{time.TimeOnly, "10:00:61"},
		{"2006-01-02", "2024-1-02"},
		{"2006-01-02", "2024-01-02 extra"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-366"},
		{"January 2, 2006", "march 7, 2021"},
		{"Jan _2 2006", "Feb  3 2021"},
		{"2006-01-02 15:04:05.000", "2021-01-02 03:04:05.12"},
		{"2006-01-02 15:04:05.999", "2021-01-02 03:04:05"},
		{"2006-01-02 15:04:05,000", "2021-01-02 03:04:05,250"},
		{"Monday 2006", "Funday 2006"},
		{"2006 MST", "2021 GMT+3"},
		{"2006 -07", "2021 +09"},
		{"2006 Z07:00:00", "2021 -01:02:03"},
		{"3:04 pm", "11:30 am"},
		{"06/01/02", "68/01/02"},
		{"06/01/02", "69/01/02"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05+25:00"},
	}
	for _, c := range cases {
		fmt.Printf("%q %q: ", c[0], c[1])
		t, err := time.Parse(c[0], c[1])
		show(t, err)
	}
	loc := time.FixedZone("XYZ", -3*3600)
	t, err := time.ParseInLocation(time.DateTime, "2020-05-06 07:08:09", loc)
	show(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 XYZ", loc)
	show(t, err)
}
