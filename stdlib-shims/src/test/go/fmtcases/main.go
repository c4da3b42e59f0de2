// Prints FmtCasesTest.java: fmt.Sprintf / Sprint / Sprintln / Errorf results of real Go, each
// next to the same operands written in goloom's Java representation (helpers in FmtFixtures).
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	"goloomtestgen/javagen"
)

type Point struct{ X, Y int }

type Node struct {
	Name string
	Next *Node
	Val  any
	Tags []string
}

type Color int

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Bad struct{ N int }

func (b *Bad) String() string { panic("boom") }

type Inner struct {
	A int8
	B uint16
	F float32
}

type Outer struct {
	In  Inner
	P   *Point
	E   error
	M   map[string]int
	Arr [2]bool
}

type kase struct {
	fn     string // Sprintf, Sprint, Sprintln, Errorf
	format string
	java   string
	args   []any
}

var cases []kase

func f(format, java string, args ...any) {
	cases = append(cases, kase{"Sprintf", format, java, args})
}

func p(java string, args ...any)  { cases = append(cases, kase{"Sprint", "", java, args}) }
func pl(java string, args ...any) { cases = append(cases, kase{"Sprintln", "", java, args}) }

func main() {
	// Integers: every verb and flag.
	for _, format := range []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%.3d", "%8.3d", "%-8.3d|", "%08.3d", "%+.3d", "%.0d", "%5.0d|", "%v", "%#v", "%s", "%f", "%t", "%e", "%x", "% x", "%+05d", "%-+5d|", "% 05d"} {
		f(format, "42L", 42)
		f(format, "-42L", -42)
		f(format, "0L", 0)
	}
	f("%d %d", "Long.MIN_VALUE, Long.MAX_VALUE", math.MinInt64, math.MaxInt64)
	f("%x %X %o %b", "Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE", math.MinInt64, math.MinInt64, math.MinInt64, math.MinInt64)
	f("%d %v %x %#v", "u64(-1L), u64(-1L), u64(-1L), u64(-1L)", uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64))
	f("%d %v %#v %c %q %U", "u8(200), u8(200), u8(200), u8(65), u8(65), u8(65)", uint8(200), uint8(200), uint8(200), uint8(65), uint8(65), uint8(65))
	f("%d %v %x %T", "(byte) -5, (byte) -5, (byte) -5, (byte) -5", int8(-5), int8(-5), int8(-5), int8(-5))
	f("%d %v %T", "(short) -300, u16((short) -1), u16((short) 1)", int16(-300), uint16(65535), uint16(1))
	f("%d %v %T %T", "u32(-1), -7, -7, u32(3)", uint32(math.MaxUint32), int32(-7), int32(-7), uint32(3))
	f("%v %T %d %T %v %T", "i64(5L), i64(5L), uint_(7L), uint_(7L), uintptr_(9L), uintptr_(9L)", int64(5), int64(5), uint(7), uint(7), uintptr(9), uintptr(9))
	f("%c%c%c", "0x4e16L, 0x754cL, 0x1F600L", 0x4e16, 0x754c, 0x1F600)
	f("%c|%q|%U|%#U", "-1L, -1L, -1L, -1L", -1, -1, -1, -1)
	f("%c|%q|%U|%#U", "0x110000L, 0x110000L, 0x110000L, 0x110000L", 0x110000, 0x110000, 0x110000, 0x110000)
	f("%q %+q %q %q %q", "0x263aL, 0x263aL, 10L, 0x7fL, 39L", 0x263a, 0x263a, 10, 0x7f, 39)
	f("%#U %U %.6U %#12U|", "0x263aL, 0x1F600L, 65L, 65L", 0x263a, 0x1F600, 65, 65)
	f("%x %X %#x", "255, 255, 255", int32(255), int32(255), int32(255))

	// Floats.
	for _, format := range []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f|", "%-8.3f|", "%08.3f", "%+.1e", "% .3g", "%.3g", "%.10g", "%#g", "%#.3g", "%#.0f", "%#e", "%x", "%X", "%#x", "%.2x", "%b", "%+v", "%#v", "%010.2f", "%-010.2f|", "%+010.2f", "% 010.2f", "%.0e", "%.20f", "%d", "%s"} {
		for _, v := range []struct {
			j string
			g float64
		}{{"1.0", 1}, {"-2.5", -2.5}, {"123456789.0", 123456789}, {"1e-7", 1e-7}, {"0.1", 0.1}, {"100000.0", 100000}, {"1e21", 1e21}, {"0.0", 0}, {"-0.0", math.Copysign(0, -1)}} {
			f(format, v.j, v.g)
		}
	}
	for _, format := range []string{"%v", "%f", "%5.1f|", "%05v", "%+v", "% v", "%-6v|", "%e", "%g", "%x"} {
		f(format, "Double.POSITIVE_INFINITY", math.Inf(1))
		f(format, "Double.NEGATIVE_INFINITY", math.Inf(-1))
		f(format, "Double.NaN", math.NaN())
	}
	f("%v %v %v %v", "1.0f / 3, 0.1f, 16777216.0f, 1e20f", float32(1.0)/3, float32(0.1), float32(16777216), float32(1e20))
	f("%g %e %.3f %T", "3.4028235e38f, 1.4e-45f, 2.5f, 2.5f", float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32), float32(2.5), float32(2.5))
	f("%v %v %v", "Double.MIN_VALUE, Double.MAX_VALUE, 2.2250738585072014E-308", math.SmallestNonzeroFloat64, math.MaxFloat64, 2.2250738585072014e-308)
	f("%.0f %.0f %.0f %.0f %.1f %.1f", "0.5, 1.5, 2.5, -0.5, 0.25, 0.35", 0.5, 1.5, 2.5, -0.5, 0.25, 0.35)
	f("%6.2f%%", "99.5", 99.5)

	// Complex numbers.
	f("%v %.2f %+.1e %g", "new Complex128(1, -2), new Complex128(1.234, 5.678), new Complex128(1, 2), new Complex128(Double.NaN, Double.POSITIVE_INFINITY)", complex(1, -2), complex(1.234, 5.678), complex(1, 2), complex(math.NaN(), math.Inf(1)))
	f("%v %T %8.2f|", "new Complex64(1.5f, 0.25f), new Complex64(1.5f, 0.25f), new Complex128(3, 4)", complex64(complex(1.5, 0.25)), complex64(complex(1.5, 0.25)), complex(3, 4))
	f("%d", "new Complex128(1, 2)", complex(1, 2))

	// Booleans.
	f("%v %t %5t| %-6v| %d %s", "true, false, true, false, true, false", true, false, true, false, true, false)
	f("%#v %q", "true, true", true, true)

	// Strings.
	for _, format := range []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.2s", "%.2q", "%5.1s|", "%010s", "%#v", "%d", "%T", "%c", "%.0s|", "%10q|", "%.3x"} {
		f(format, `"hello"`, "hello")
		f(format, javagen.Str("héllo, 世界"), "héllo, 世界")
		f(format, javagen.Str("a\tb\n\"c\"\\`"), "a\tb\n\"c\"\\`")
		f(format, javagen.Str("\xff\xfe bad \x00 \u00a0 \u2028 \U0001F600"), "\xff\xfe bad \x00 \u00a0 \u2028 \U0001F600")
		f(format, `""`, "")
	}

	// Byte slices and arrays.
	for _, format := range []string{"%v", "%d", "%s", "%q", "%x", "%X", "% x", "%#v", "%T", "%o", "%5s|", "%c"} {
		f(format, `bytes("hi\377")`, []byte("hi\xff"))
		f(format, `nilBytes()`, []byte(nil))
		f(format, `u8arr((byte) 'a', (byte) 'b')`, [2]uint8{'a', 'b'})
	}

	// Slices, arrays, maps.
	f("%v %d %#v %T", "ints(1, 2, 3), ints(1, 2, 3), ints(1, 2, 3), ints(1, 2, 3)", []int{1, 2, 3}, []int{1, 2, 3}, []int{1, 2, 3}, []int{1, 2, 3})
	f("%v %#v %v %#v", "nilInts(), nilInts(), ints(), ints()", []int(nil), []int(nil), []int{}, []int{})
	f("%x %X %o %5d| %-4v| %q", "ints(10, 255), ints(10, 255), ints(8, 9), ints(1, 22), ints(1), ints(65, 0x263a)", []int{10, 255}, []int{10, 255}, []int{8, 9}, []int{1, 22}, []int{1}, []int{65, 0x263a})
	f("%v %q %#v %x %T", `strs("a", "b c"), strs("a", "b c"), strs("a", "b c"), strs("ab", "c"), strs()`, []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"}, []string{"ab", "c"}, []string{})
	f("%v %.1f %T %#v", "floats(1.5, 2.0, 1e21), floats(1.5, 2.0), floats(), floats(1.0, 0.5)", []float64{1.5, 2, 1e21}, []float64{1.5, 2}, []float64{}, []float64{1, 0.5})
	f("%v %d %#v %T", "arr3(1, 2, 3), arr3(4, 5, 6), arr3(7, 8, 9), arr3(0, 0, 0)", [3]int{1, 2, 3}, [3]int{4, 5, 6}, [3]int{7, 8, 9}, [3]int{})
	f("%v %#v %T", "anys(1L, \"a\", null, 2.5, true, anys(3L)), anys(1L, \"a\", null), anys()", []any{1, "a", nil, 2.5, true, []any{3}}, []any{1, "a", nil}, []any{})
	f("%v|%#v|%T|%d", `msi("b", 2L, "a", 1L, "c", 3L), msi("b", 2L, "a", 1L), msi(), msi("x", 1L)`, map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1}, map[string]int{}, map[string]int{"x": 1})
	f("%v %#v %v", "nilMsi(), nilMsi(), mis(3L, \"c\", -1L, \"m\", 2L, \"b\")", map[string]int(nil), map[string]int(nil), map[int]string{3: "c", -1: "m", 2: "b"})
	f("%v", "mfi(Double.NaN, 1L, 2.0, 2L, Double.NEGATIVE_INFINITY, 3L, -0.5, 4L)", map[float64]int{math.NaN(): 1, 2.0: 2, math.Inf(-1): 3, -0.5: 4})
	f("%v %v", "mbi(true, 1L, false, 0L), mai(\"b\", 1L, \"a\", 4L, null, 5L)", map[bool]int{true: 1, false: 0}, map[any]int{"b": 1, "a": 4, nil: 5})
	f("%v %x", "msi(\"k\", 10L), msi(\"k\", 255L)", map[string]int{"k": 10}, map[string]int{"k": 255})

	// Structs and pointers to structs.
	f("%v|%+v|%#v|%T", "point(1, 2), point(1, 2), point(1, 2), point(1, 2)", Point{1, 2}, Point{1, 2}, Point{1, 2}, Point{1, 2})
	f("%v|%+v|%#v|%T", "pointPtr(1, 2), pointPtr(1, 2), pointPtr(1, 2), pointPtr(1, 2)", &Point{1, 2}, &Point{1, 2}, &Point{1, 2}, &Point{1, 2})
	f("%d|%x|%5v|%s", "point(10, 20), point(10, 20), point(1, 2), point(1, 2)", Point{10, 20}, Point{10, 20}, Point{1, 2}, Point{1, 2})
	f("%v|%+v|%#v", "node(\"a\", null, null, nilStrs()), node(\"b\", null, 5L, strs(\"x\")), node(\"c\", null, \"s\", strs())", Node{"a", nil, nil, nil}, Node{"b", nil, 5, []string{"x"}}, Node{"c", nil, "s", []string{}})
	f("%v|%+v", "nodePtr(\"a\", null, point(1, 2), nilStrs()), nodePtr(\"b\", null, pointPtrs(), nilStrs())", &Node{"a", nil, Point{1, 2}, nil}, &Node{"b", nil, []*Point{}, nil})
	f("%v|%+v|%#v", "outer(), outer(), outer()", Outer{Inner{-1, 2, 0.5}, nil, nil, nil, [2]bool{true, false}}, Outer{Inner{-1, 2, 0.5}, nil, nil, nil, [2]bool{true, false}}, Outer{Inner{-1, 2, 0.5}, nil, nil, nil, [2]bool{true, false}})
	f("%v %v", "structs(point(1, 2), point(3, 4)), color(3L)", []Point{{1, 2}, {3, 4}}, Color(3))
	f("%v %d %#v %T %x", "color(3L), color(3L), color(3L), color(3L), color(255L)", Color(3), Color(3), Color(3), Color(3), Color(255))

	// Methods: Stringer, error, panics, nil.
	f("%v|%s|%q|%x|%d|%+v|%#v|%T", "temp(21.5), temp(21.5), temp(21.5), temp(1), temp(21.5), temp(21.5), temp(21.5), temp(21.5)", Temp{21.5}, Temp{21.5}, Temp{21.5}, Temp{1}, Temp{21.5}, Temp{21.5}, Temp{21.5}, Temp{21.5})
	f("%v|%s|%q|%d|%+v|%#v|%T", "myErr(7L), myErr(7L), myErr(7L), myErr(7L), myErr(7L), myErr(7L), myErr(7L)", &MyErr{7}, &MyErr{7}, &MyErr{7}, &MyErr{7}, &MyErr{7}, &MyErr{7}, &MyErr{7})
	f("%v|%s|%d", "bad(1L), bad(1L), bad(1L)", &Bad{1}, &Bad{1}, &Bad{1})
	f("%v %v", "temps(temp(1), temp(2)), anys(temp(3), myErr(4L))", []Temp{{1}, {2}}, []any{Temp{3}, &MyErr{4}})
	f("%v|%#v|%T|%s|%+v", "errorsNew(\"boom\"), errorsNew(\"boom\"), errorsNew(\"boom\"), errorsNew(\"boom\"), errorsNew(\"boom\")", errors.New("boom"), errors.New("boom"), errors.New("boom"), errors.New("boom"), errors.New("boom"))
	f("%v|%d|%s|%T|%#v|%x", "null, null, null, null, null, null", nil, nil, nil, nil, nil, nil)
	f("%v|%#v|%p|%T", "nilIntPtr(), nilIntPtr(), nilIntPtr(), nilIntPtr()", (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil))
	f("%w", "errorsNew(\"x\")", errors.New("x"))

	// Format errors.
	f("%!", "")
	f("%", "")
	f("%d", "")
	f("%d %s", "1L", 1)
	f("%d", "1L, 2L, \"x\"", 1, 2, "x")
	f("x", "1L, null", 1, nil)
	f("%z %!", "1L", 1)
	f("%[2]d %[1]d", "1L, 2L", 1, 2)
	f("%[3]d", "1L, 2L", 1, 2)
	f("%[0]d|%[x]d|%[1]", "1L", 1)
	f("%[2]*[1]d|", "12L, 5L", 12, 5)
	f("%*d|%-*d|%*d|", "5L, 1L, 5L, 2L, -5L, 3L", 5, 1, 5, 2, -5, 3)
	f("%.*f|%.*d|%.*s|", "2L, 3.14159, 0L, 0L, -1L, \"abc\"", 2, 3.14159, 0, 0, -1, "abc")
	f("%*d", "\"x\", 1L", "x", 1)
	f("%.*d", "2.5, 1L", 2.5, 1)
	f("%*d", "10000000L, 1L", 10000000, 1)
	f("%d %d", "1L, 2L, 3L", 1, 2, 3)
	f("%[1]d %d", "1L, 2L, 3L", 1, 2, 3)
	f("%[1]d %[1]x %[1]o", "10L", 10)
	f("%-010d|%010s|%-010s|", "5L, \"ab\", \"ab\"", 5, "ab", "ab")
	f("%100000000d", "1L", 1)
	f("%.100000000d", "1L", 1)
	f("%[5]d %d", "1L, 2L, 3L", 1, 2, 3)
	f("%3.[2]d", "1L, 2L", 1, 2)
	f("%.[2]d", "1L, 2L", 1, 2)
	f("%☺ %é", "1L, 2L", 1, 2)
	f("%v %v", "u8arr((byte) 1, (byte) 2), temp(5)", [2]uint8{1, 2}, Temp{5})
	f("%s %d", "strs(\"a\"), strs(\"a\")", []string{"a"}, []string{"a"})

	// Print and Println spacing.
	p(`"a", 1L, 2L, "b", "c", 3L, null, true, point(1, 2)`, "a", 1, 2, "b", "c", 3, nil, true, Point{1, 2})
	p(`1L, 2L, color(3L), temp(1)`, 1, 2, Color(3), Temp{1})
	pl(`"a", 1L, 2.5, null, ints(1), errorsNew("e")`, "a", 1, 2.5, nil, []int{1}, errors.New("e"))
	pl(``)

	var out strings.Builder
	out.WriteString(javagen.Header("go.fmt", "fmtcases/main.go", "FmtCasesTest"))
	for i, c := range cases {
		if i%60 == 0 {
			if i > 0 {
				out.WriteString("    }\n\n")
			}
			fmt.Fprintf(&out, "    @Test\n    void cases%d() {\n", i/60)
		}
		var got string
		switch c.fn {
		case "Sprintf":
			got = fmt.Sprintf(c.format, c.args...)
		case "Sprint":
			got = fmt.Sprint(c.args...)
		case "Sprintln":
			got = fmt.Sprintln(c.args...)
		}
		args := c.java
		if c.fn == "Sprintf" {
			if args != "" {
				args = javagen.Str(c.format) + ", " + args
			} else {
				args = javagen.Str(c.format)
			}
		}
		fmt.Fprintf(&out, "        assertEquals(%s, Fmt.%s(%s));\n", javagen.Str(got), c.fn, args)
	}
	out.WriteString("    }\n}\n")
	os.Stdout.WriteString(strings.ReplaceAll(out.String(), "import org.junit.jupiter.api.Test;\n", "import static go.fmt.FmtFixtures.*;\n\nimport dev.goloom.runtime.Complex128;\nimport dev.goloom.runtime.Complex64;\nimport org.junit.jupiter.api.Test;\n"))
}
