// Writes go/time/TimeCasesTest.java: Duration text, Format, Parse and calendar fields of
// package time, each case a Java expression on the shim next to what real Go printed.
package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"goloomtestgen/javagen"
)

var lines []string

func c(java, goResult string) {
	lines = append(lines, fmt.Sprintf("        assertEquals(%s, %s);", javagen.Str(goResult), java))
}

func J(s string) string { return javagen.Str(s) }

// zone is a Location built the same way in Go and in Java.
type zone struct {
	loc  *time.Location
	java string
}

var zones = []zone{
	{time.UTC, "Time_.UTC"},
	{time.FixedZone("EET", 2*3600), "TimeShow.EET"},
	{time.FixedZone("", -(5*3600 + 30*60)), "TimeShow.UNNAMED"},
	{time.FixedZone("ODD", 3600+61), "TimeShow.ODD"},
}

type date struct{ y, mo, d, h, mi, s, ns int }

func (d date) java(z zone) string {
	return fmt.Sprintf("Time_.Date(%dL, %dL, %dL, %dL, %dL, %dL, %dL, %s)", d.y, d.mo, d.d, d.h, d.mi, d.s, d.ns, z.java)
}

func (d date) go_(z zone) time.Time {
	return time.Date(d.y, time.Month(d.mo), d.d, d.h, d.mi, d.s, d.ns, z.loc)
}

func fields(t time.Time) string {
	iy, iw := t.ISOWeek()
	name, off := t.Zone()
	return fmt.Sprintf("%d %d %d %d %d %d %d yday=%d wd=%d iso=%d-%d unix=%d nano=%d zone=%s %d", t.Year(), t.Month(), t.Day(),
		t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.YearDay(), t.Weekday(), iy, iw, t.Unix(), t.UnixNano(), name, off)
}

func parsed(t time.Time, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	name, off := t.Zone()
	return fmt.Sprintf("%s %s %d", t.Format(time.RFC3339Nano), name, off)
}

func durPair(d time.Duration, err error) string { return fmt.Sprintf("%v|%v", d, err) }

func main() {
	durations := []time.Duration{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999, 1e9, 1e9 + 1,
		59 * time.Second, 61 * time.Second, 3599 * time.Second, time.Hour, 25*time.Hour + 1, math.MaxInt64, math.MinInt64,
		-1500 * time.Millisecond, 100*time.Hour + 59*time.Minute + 59*time.Second + 999999999}
	for _, d := range durations {
		c(fmt.Sprintf("Time_.Duration_String(%dL)", int64(d)), d.String())
		c(fmt.Sprintf("TimeShow.bits(Time_.Duration_Hours(%dL), Time_.Duration_Minutes(%dL), Time_.Duration_Seconds(%dL))",
			int64(d), int64(d), int64(d)), fmt.Sprint(math.Float64bits(d.Hours()), math.Float64bits(d.Minutes()), math.Float64bits(d.Seconds())))
		for _, m := range []time.Duration{0, 1, 7, time.Microsecond, time.Second, time.Hour, -time.Second} {
			c(fmt.Sprintf("Time_.Duration_Round(%dL, %dL) + \" \" + Time_.Duration_Truncate(%dL, %dL)", int64(d), int64(m), int64(d), int64(m)),
				fmt.Sprintf("%d %d", int64(d.Round(m)), int64(d.Truncate(m))))
		}
		c(fmt.Sprintf("String.valueOf(Time_.Duration_Abs(%dL))", int64(d)), fmt.Sprint(int64(d.Abs())))
	}
	for _, s := range []string{"0", "+0", "-0", "1ns", "1us", "1µs", "1μs", "1ms", "1s", "1m", "1h", "1.5h", ".5m", "5.m",
		"1h2m3s4ms5us6ns", "-1h", "+2s", "0.000000001s", "0.0000000001s", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "", "-", "s", "1", "1.", ".", ".s",
		"1x", "1h1", "1hh", "1.2.3s", "1e3s", "3000000h", "0.123456789123456789s", "1\xffs", "1\"s"} {
		d, err := time.ParseDuration(s)
		c("TimeShow.durPair(Time_.ParseDuration("+J(s)+"))", durPair(d, err))
	}

	dates := []date{
		{2009, 11, 10, 23, 4, 5, 123456789}, {2024, 2, 29, 0, 0, 0, 0}, {1999, 12, 31, 12, 30, 7, 500000000},
		{5, 1, 3, 9, 8, 7, 6000}, {1970, 1, 1, 0, 0, 0, 0}, {1969, 12, 31, 23, 59, 59, 999999999}, {-1, 3, 1, 12, 0, 0, 0},
		{2023, 14, 35, 25, 61, 61, 1e9 + 5}, {2024, 3, 0, 0, 0, 0, 0}, {2024, 1, 1, -1, 0, 0, -1}, {1, 1, 1, 0, 0, 0, 0},
		{2020, 12, 31, 0, 0, 0, 0}, {2021, 1, 3, 0, 0, 0, 0}, {2026, 12, 28, 0, 0, 0, 0}, {2027, 1, 1, 0, 0, 0, 0},
		{12345, 6, 7, 8, 9, 10, 11}, {1600, 2, 29, 1, 2, 3, 4}, {1900, 2, 29, 1, 2, 3, 4},
	}
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January _2 __2 002 3:4:5 pm PM 06", "2006-01-02T15:04:05.000000Z07:00:00 -07 Z07 -070000 Z0700 -07:00:00",
		"15:04:05,999 .9 .99 ,000 .0 .999999999", "_2006 Jan Janu Mon Mond MST 1 01 2 02 _2", "no elements at all", ""}
	for _, d := range dates {
		for _, z := range zones {
			t := d.go_(z)
			c(d.java(z)+".String()", t.String())
			c("TimeShow.fields("+d.java(z)+")", fields(t))
			for _, l := range layouts {
				c(d.java(z)+".Format("+J(l)+")", t.Format(l))
			}
			for _, tr := range []time.Duration{time.Nanosecond, time.Second, time.Hour, 24 * time.Hour, 7 * time.Millisecond, 0} {
				c(fmt.Sprintf("%s.Truncate(%dL).String() + \" \" + %s.Round(%dL).String()", d.java(z), int64(tr), d.java(z), int64(tr)),
					t.Truncate(tr).String()+" "+t.Round(tr).String())
			}
			for _, ad := range [][3]int{{0, 1, 0}, {1, -13, 1}, {0, 0, 366}, {-2000, 0, 0}} {
				c(fmt.Sprintf("%s.AddDate(%dL, %dL, %dL).String()", d.java(z), ad[0], ad[1], ad[2]), t.AddDate(ad[0], ad[1], ad[2]).String())
			}
			u := dates[0].go_(zones[0])
			c(fmt.Sprintf("Time_.Duration_String(%s.Sub(%s))", d.java(z), dates[0].java(zones[0])), t.Sub(u).String())
			c(fmt.Sprintf("TimeShow.cmp(%s, %s)", d.java(z), dates[1].java(zones[1])), cmp(t, dates[1].go_(zones[1])))
		}
	}
	for _, ms := range []int64{0, -1, -1500, 1700000000123, -62135596800000} {
		c(fmt.Sprintf("Time_.UnixMilli(%dL).UTC().String()", ms), time.UnixMilli(ms).UTC().String())
		c(fmt.Sprintf("Time_.Unix(%dL, %dL).UTC().String()", ms, -ms), time.Unix(ms, -ms).UTC().String())
	}

	parses := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"}, {time.RFC3339, "2023-10-05T08:09:10+05:30"},
		{time.RFC3339Nano, "2023-10-05T08:09:10.123456789-07:00"}, {time.RFC3339, "2023-10-05T08:09:10.5Z"},
		{time.RFC3339, "2023-10-05T08:09:10,5Z"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0100"}, {time.RFC822, "02 Jan 06 15:04 PST"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 CEST"}, {time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Mon Jan 12 15:04:05 2006"}, {time.UnixDate, "Mon Jan  2 15:04:05 GMT+3 2006"},
		{time.Kitchen, "3:04PM"}, {time.Kitchen, "12:00AM"}, {time.Kitchen, "12:30PM"}, {time.Kitchen, "13:00PM"},
		{time.DateTime, "2024-02-29 23:59:59"}, {time.DateOnly, "2023-02-29"}, {time.DateOnly, "2023-13-01"},
		{time.DateOnly, "2023-00-01"}, {time.TimeOnly, "25:00:00"}, {time.TimeOnly, "10:60:00"}, {time.TimeOnly, "10:00:61"},
		{time.TimeOnly, "1:02:03"}, {"2006-01-02", "2024-1-02"}, {"2006-01-02", "2024-01-02 extra"}, {"2006-002", "2024-060"},
		{"2006-002", "2024-061"}, {"2006-002", "2023-366"}, {"2006-__2", "2024- 60"}, {"2006-01-02 002", "2024-03-01 061"},
		{"2006-01-02 002", "2024-03-02 061"}, {"January 2, 2006", "march 7, 2021"}, {"Jan _2 2006", "Feb  3 2021"},
		{"Jan _2 2006", "Feb 13 2021"}, {"2006-01-02 15:04:05.000", "2021-01-02 03:04:05.12"},
		{"2006-01-02 15:04:05.000", "2021-01-02 03:04:05.123"}, {"2006-01-02 15:04:05.999", "2021-01-02 03:04:05"},
		{"2006-01-02 15:04:05.999", "2021-01-02 03:04:05.1234567891"}, {"2006-01-02 15:04:05,000", "2021-01-02 03:04:05,250"},
		{"15:04:05", "03:04:05.987654321"}, {"Monday 2006", "Funday 2006"}, {"Mon 2006", "tue 2006"}, {"2006 MST", "2021 GMT+3"},
		{"2006 MST", "2021 GMT"}, {"2006 MST", "2021 ChST"}, {"2006 MST", "2021 ABCDT"}, {"2006 MST", "2021 AB"},
		{"2006 MST", "2021 +05"}, {"2006 -07", "2021 +09"}, {"2006 Z07:00:00", "2021 -01:02:03"}, {"2006 -070000", "2021 +010203"},
		{"2006 Z07", "2021 Z"}, {"2006 Z0700", "2021 +1"}, {"3:04 pm", "11:30 am"}, {"3:04 pm", "11:30 xm"},
		{"06/01/02", "68/01/02"}, {"06/01/02", "69/01/02"}, {"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05+25:00"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05+10:61"}, {"2006  01", "2006 01"}, {"2006 01", "2006   01"},
		{"2006-01-02", "2006-01-0"}, {"2006-01-02", ""}, {"", ""}, {"", "x"}, {"Jan", "Janu"}, {"2006", "-123"},
		{"2006-01-02 15:04:05 -0700 MST", "2009-11-10 23:00:00 +0000 UTC"},
		{"2006-01-02 15:04:05 -0700 MST", "2009-11-10 23:00:00 +0100 XYZ"},
	}
	for _, p := range parses {
		t, err := time.Parse(p[0], p[1])
		c("TimeShow.parsed(Time_.Parse("+J(p[0])+", "+J(p[1])+"))", parsed(t, err))
	}
	loc := time.FixedZone("XYZ", -3*3600)
	for _, p := range [][2]string{{time.DateTime, "2020-05-06 07:08:09"}, {"2006-01-02 15:04 MST", "2020-05-06 07:08 XYZ"},
		{"2006-01-02 15:04 MST", "2020-05-06 07:08 ABC"}, {"2006-01-02 15:04 -0700", "2020-05-06 07:08 -0300"}} {
		t, err := time.ParseInLocation(p[0], p[1], loc)
		c("TimeShow.parsed(Time_.ParseInLocation("+J(p[0])+", "+J(p[1])+", Time_.FixedZone(\"XYZ\", -10800)))", parsed(t, err))
	}
	for m := 0; m <= 13; m++ {
		c(fmt.Sprintf("Time_.Month_String(%dL) + Time_.Weekday_String(%dL)", m, m), time.Month(m).String()+time.Weekday(m).String())
	}

	var b strings.Builder
	b.WriteString(strings.Replace(javagen.Header("go.time", "timecases/main.go", "TimeCasesTest"),
		"import org.junit.jupiter.api.Test;", "import org.junit.jupiter.api.Test;", 1))
	const per = 400
	for i := 0; i*per < len(lines); i++ {
		fmt.Fprintf(&b, "    @Test\n    void cases%d() {\n", i)
		end := min((i+1)*per, len(lines))
		for _, l := range lines[i*per : end] {
			b.WriteString(l + "\n")
		}
		b.WriteString("    }\n\n")
	}
	out := strings.TrimSuffix(b.String(), "\n") + "}\n"
	if err := os.WriteFile("../java/go/time/TimeCasesTest.java", []byte(out), 0o644); err != nil {
		panic(err)
	}
	fmt.Fprintln(os.Stderr, len(lines), "time cases")
}

func cmp(t, u time.Time) string {
	return fmt.Sprint(t.Before(u), t.After(u), t.Equal(u), t.Compare(u), t == u)
}
