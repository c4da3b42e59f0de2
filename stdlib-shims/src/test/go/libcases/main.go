// Writes the generated JUnit tests of strconv, strings, unicode/utf8, errors and sort: each
// case is a Java expression (calling the shim, rendered by go.testsupport.Show) next to the
// text real Go printed for the same call.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"goloomtestgen/javagen"
)

type file struct {
	pkg, class string
	lines      []string
}

var files []*file
var cur *file

func class(pkg, name string) {
	cur = &file{pkg: pkg, class: name}
	files = append(files, cur)
}

// c records that the Java expression must evaluate to the string Go produced.
func c(java, goResult string) {
	cur.lines = append(cur.lines, fmt.Sprintf("        assertEquals(%s, %s);", javagen.Str(goResult), java))
}

func strs(s []string) string {
	if s == nil {
		return "nil"
	}
	return fmt.Sprintf("%q len=%d cap=%d", s, len(s), cap(s))
}

func pair(v any, err error) string { return fmt.Sprintf("%v|%v", v, err) }
func fpair(v float64, err error) string {
	return fmt.Sprintf("%x|%v", math.Float64bits(v), err)
}
func J(s string) string { return javagen.Str(s) }

var samples = []string{"", "a", "hello, world", "héllo wörld", "\xff\xfeab\xc3", "日本語", "  \t\n spaced \u00a0\u2003 ", "ǅungla İi ıI ß ﬁ", "a,b,,c,", "aaa", "Σίσυφος", "\u0130\u0131", "K\u212a"}

func main() {
	class("go.strconv", "StrconvCasesTest")
	for _, s := range []string{"0", "42", "-42", "+7", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1_000", "0x1f", "", "abc", " 1", "12a", "99999999999999999999x", "-", "+"} {
		v, err := strconv.Atoi(s)
		c("Show.pair(Strconv.Atoi("+J(s)+"))", pair(v, err))
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 32, 64, 65} {
				v, err := strconv.ParseInt(s, base, bits)
				c(fmt.Sprintf("Show.pair(Strconv.ParseInt(%s, %d, %d))", J(s), base, bits), pair(v, err))
			}
		}
	}
	for _, s := range []string{"0b1011", "0o17", "017", "0X1F", "0x_1F", "0x1__F", "1_0", "_10", "10_", "0_7", "0b", "0x", "zz", "ZZ", "-0x10"} {
		v, err := strconv.ParseInt(s, 0, 64)
		c("Show.pair(Strconv.ParseInt("+J(s)+", 0, 64))", pair(v, err))
		u, err := strconv.ParseUint(s, 0, 64)
		c("Show.upair(Strconv.ParseUint("+J(s)+", 0, 64))", pair(u, err))
		u, err = strconv.ParseUint(s, 36, 16)
		c("Show.upair(Strconv.ParseUint("+J(s)+", 36, 16))", pair(u, err))
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1", "256", "255"} {
		for _, bits := range []int{8, 64} {
			u, err := strconv.ParseUint(s, 10, bits)
			c(fmt.Sprintf("Show.upair(Strconv.ParseUint(%s, 10, %d))", J(s), bits), pair(u, err))
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRUE"} {
		v, err := strconv.ParseBool(s)
		c("Show.pair(Strconv.ParseBool("+J(s)+"))", pair(v, err))
	}
	for _, s := range []string{"0", "-0", "1.5", "1e10", "1E-10", ".5", "5.", "1e", "e1", "inf", "+Inf", "-infinity", "infin", "nan", "NaN", "-nan", "+nan", "0x1p-2", "0x1.8p1", "0x1", "0x.8p0", "1_000.5", "0x_1p0", "1e309", "-1e309", "1e-400", "4.9e-324", "2.2250738585072011e-308", "123456789012345678901234567890", "0.1", "3.4028235e38", "3.5e38", "1.0000000596046448", "", " 1", "1 ", "1.5.5", "0x1.fffffffffffff8p1023", "1e100000", "--1"} {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			c(fmt.Sprintf("Show.fpair(Strconv.ParseFloat(%s, %d))", J(s), bits), fpair(v, err))
		}
	}
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789, 0.000123, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN(), 2.5, 0.1, 1.0 / 3} {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'} {
			for _, prec := range []int{-1, 0, 1, 3, 10, 17, 25} {
				for _, bits := range []int{64, 32} {
					c(fmt.Sprintf("Strconv.FormatFloat(Double.longBitsToDouble(0x%xL), (byte) '%c', %d, %d)", math.Float64bits(v), f, prec, bits),
						strconv.FormatFloat(v, f, prec, bits))
				}
			}
		}
	}
	for _, v := range []int64{0, 1, -1, 255, -255, math.MaxInt64, math.MinInt64} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			c(fmt.Sprintf("Strconv.FormatInt(%dL, %d)", v, base), strconv.FormatInt(v, base))
			c(fmt.Sprintf("Strconv.FormatUint(%dL, %d)", v, base), strconv.FormatUint(uint64(v), base))
		}
		c(fmt.Sprintf("Strconv.Itoa(%dL)", v), strconv.Itoa(int(v)))
	}
	quoteInputs := append(append([]string{}, samples...), "\a\b\f\n\r\t\v\x00\x7f\"'\\`", "\u200b\u00ad\ufeff\U0010ffff\U000e0001", "\u2028 \u00a0 \u3000")
	for _, s := range quoteInputs {
		c("Strconv.Quote("+J(s)+")", strconv.Quote(s))
		c("Strconv.QuoteToASCII("+J(s)+")", strconv.QuoteToASCII(s))
		c("Strconv.QuoteToGraphic("+J(s)+")", strconv.QuoteToGraphic(s))
		c("String.valueOf(Strconv.CanBackquote("+J(s)+"))", fmt.Sprint(strconv.CanBackquote(s)))
		u, err := strconv.Unquote(strconv.Quote(s))
		c("Show.pair(Strconv.Unquote(Strconv.Quote("+J(s)+")))", pair(u, err))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xe9, 0x263a, 0x1F600, 0xFFFD, -1, 0xD800, 0x110000, 0x200b, 0xa0} {
		c(fmt.Sprintf("Strconv.QuoteRune(%d)", r), strconv.QuoteRune(r))
		c(fmt.Sprintf("Strconv.QuoteRuneToASCII(%d)", r), strconv.QuoteRuneToASCII(r))
		c(fmt.Sprintf("Strconv.QuoteRuneToGraphic(%d)", r), strconv.QuoteRuneToGraphic(r))
	}
	for _, s := range []string{`"abc"`, `'a'`, "`raw\\n`", "`a\rb`", `"\u00e9\x41\101\n"`, `'\''`, `"\'"`, `'\"'`, `"a`, `a"`, `''`, `'ab'`, `"\z"`, `"\400"`, `"\uD800"`, `"\U00110000"`, "\"a\nb\"", `"\xff"`, "\"\xff\"", `'\xff'`, `'\u00e9'`, `"`, ``, "``", "`a`b`", `"a"b"`, `'日'`, `"\a\b\f\n\r\t\v\\"`} {
		u, err := strconv.Unquote(s)
		c("Show.pair(Strconv.Unquote("+J(s)+"))", pair(u, err))
	}
	c("Strconv.Itoa(Strconv.IntSize)", strconv.Itoa(strconv.IntSize))
	_, err := strconv.Atoi("x")
	c("String.valueOf(go.errors.Errors.Is(Strconv.Atoi(\"x\").v1(), Strconv.ErrSyntax))", fmt.Sprint(errors.Is(err, strconv.ErrSyntax)))
	_, err = strconv.ParseInt("9999999999999999999", 10, 64)
	c("String.valueOf(go.errors.Errors.Is(Strconv.ParseInt(\"9999999999999999999\", 10, 64).v1(), Strconv.ErrRange))", fmt.Sprint(errors.Is(err, strconv.ErrRange)))
	c("go.fmt.Fmt.Sprintf(\"%T %+v\", Strconv.Atoi(\"x\").v1(), Strconv.ParseBool(\"x\").v1())", fmt.Sprintf("%T %+v", err, func() error { _, e := strconv.ParseBool("x"); return e }()))

	class("go.strings", "StringsCasesTest")
	seps := []string{"", ",", "a", "l", "ö", "\xff", " ", "aa", "日"}
	for _, s := range samples {
		for _, sep := range seps {
			js, jsep := J(s), J(sep)
			c("Show.strs(Strings.Split("+js+", "+jsep+"))", strs(strings.Split(s, sep)))
			c("Show.strs(Strings.SplitAfter("+js+", "+jsep+"))", strs(strings.SplitAfter(s, sep)))
			for _, n := range []int{-1, 0, 1, 2} {
				c(fmt.Sprintf("Show.strs(Strings.SplitN(%s, %s, %d))", js, jsep, n), strs(strings.SplitN(s, sep, n)))
			}
			c("Strings.Index("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.Index(s, sep)))
			c("Strings.LastIndex("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.LastIndex(s, sep)))
			c("Strings.IndexAny("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.IndexAny(s, sep)))
			c("Strings.LastIndexAny("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.LastIndexAny(s, sep)))
			c("Strings.Count("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.Count(s, sep)))
			c("Strings.Contains("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.Contains(s, sep)))
			c("Strings.ContainsAny("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.ContainsAny(s, sep)))
			c("Strings.Trim("+js+", "+jsep+")", strings.Trim(s, sep))
			c("Strings.TrimLeft("+js+", "+jsep+")", strings.TrimLeft(s, sep))
			c("Strings.TrimRight("+js+", "+jsep+")", strings.TrimRight(s, sep))
			c("Strings.TrimPrefix("+js+", "+jsep+")", strings.TrimPrefix(s, sep))
			c("Strings.TrimSuffix("+js+", "+jsep+")", strings.TrimSuffix(s, sep))
			c("Strings.ReplaceAll("+js+", "+jsep+", \"<>\")", strings.ReplaceAll(s, sep, "<>"))
			c("Strings.Replace("+js+", "+jsep+", \"_\", 2)", strings.Replace(s, sep, "_", 2))
			b, a, ok := strings.Cut(s, sep)
			c("Show.triple(Strings.Cut("+js+", "+jsep+"))", fmt.Sprintf("%q|%q|%v", b, a, ok))
			a, ok = strings.CutPrefix(s, sep)
			c("Show.cut(Strings.CutPrefix("+js+", "+jsep+"))", fmt.Sprintf("%q|%v", a, ok))
			a, ok = strings.CutSuffix(s, sep)
			c("Show.cut(Strings.CutSuffix("+js+", "+jsep+"))", fmt.Sprintf("%q|%v", a, ok))
			c("Strings.EqualFold("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.EqualFold(s, sep)))
			c("Strings.Compare("+js+", "+jsep+") + \"\"", fmt.Sprint(strings.Compare(s, sep)))
		}
		js := J(s)
		c("Show.strs(Strings.Fields("+js+"))", strs(strings.Fields(s)))
		c("Show.strs(Strings.FieldsFunc("+js+", r -> r == 'l' || r == ','))", strs(strings.FieldsFunc(s, func(r rune) bool { return r == 'l' || r == ',' })))
		c("Strings.ToUpper("+js+")", strings.ToUpper(s))
		c("Strings.ToLower("+js+")", strings.ToLower(s))
		c("Strings.ToTitle("+js+")", strings.ToTitle(s))
		c("Strings.TrimSpace("+js+")", strings.TrimSpace(s))
		c("Strings.TrimFunc("+js+", r -> r < 'c' || r == 0xFFFD)", strings.TrimFunc(s, func(r rune) bool { return r < 'c' || r == 0xFFFD }))
		c("Strings.Map(r -> r == 'l' ? -1 : r + 1, "+js+")", strings.Map(func(r rune) rune {
			if r == 'l' {
				return -1
			}
			return r + 1
		}, s))
		c("Strings.Map(r -> r, "+js+")", strings.Map(func(r rune) rune { return r }, s))
		c("Strings.IndexFunc("+js+", r -> r > 127) + \"\"", fmt.Sprint(strings.IndexFunc(s, func(r rune) bool { return r > 127 })))
		c("Strings.LastIndexFunc("+js+", r -> r > 127) + \"\"", fmt.Sprint(strings.LastIndexFunc(s, func(r rune) bool { return r > 127 })))
		for _, r := range []rune{'a', 'l', 0xF6, 0xFFFD, 0x65E5, -1, 0xD800} {
			c(fmt.Sprintf("Strings.IndexRune(%s, %d) + \"\"", js, r), fmt.Sprint(strings.IndexRune(s, r)))
			c(fmt.Sprintf("Strings.ContainsRune(%s, %d) + \"\"", js, r), fmt.Sprint(strings.ContainsRune(s, r)))
		}
		c("Strings.IndexByte("+js+", (byte) 'l') + \"\"", fmt.Sprint(strings.IndexByte(s, 'l')))
		c("Strings.Repeat("+js+", 3)", strings.Repeat(s, 3))
	}
	for _, p := range [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212a"}, {"ß", "SS"}, {"ǆ", "ǅ"}, {"İ", "i"}, {"ı", "I"}, {"abc", "ABCD"}, {"\xff", "\ufffd"}} {
		c("Strings.EqualFold("+J(p[0])+", "+J(p[1])+") + \"\"", fmt.Sprint(strings.EqualFold(p[0], p[1])))
	}
	c("Strings.Join(Slice.of(ElemType.STRING, \"a\", \"b\", \"c\"), \", \")", strings.Join([]string{"a", "b", "c"}, ", "))
	c("Strings.Join(Slice.nil(ElemType.STRING), \", \")", strings.Join(nil, ", "))

	class("go.unicode.utf8", "Utf8CasesTest")
	for _, s := range append(append([]string{}, samples...), "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\xf0\x9f\x98\x80x", "x\xf0\x9f\x98") {
		js := J(s)
		r, n := utf8.DecodeRuneInString(s)
		c("Show.rune(Utf8.DecodeRuneInString("+js+"))", fmt.Sprintf("%d|%d", r, n))
		r, n = utf8.DecodeLastRuneInString(s)
		c("Show.rune(Utf8.DecodeLastRuneInString("+js+"))", fmt.Sprintf("%d|%d", r, n))
		c("Utf8.RuneCountInString("+js+") + \"\"", fmt.Sprint(utf8.RuneCountInString(s)))
		c("Utf8.ValidString("+js+") + \"\"", fmt.Sprint(utf8.ValidString(s)))
		c("Utf8.FullRuneInString("+js+") + \"\"", fmt.Sprint(utf8.FullRuneInString(s)))
	}
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		c(fmt.Sprintf("Utf8.RuneLen(%d) + \"\"", r), fmt.Sprint(utf8.RuneLen(r)))
		c(fmt.Sprintf("Utf8.ValidRune(%d) + \"\"", r), fmt.Sprint(utf8.ValidRune(r)))
		c(fmt.Sprintf("Utf8.AppendRune(ByteSlice.fromString(\"x\"), %d).toGoString()", r), string(utf8.AppendRune([]byte("x"), r)))
	}

	class("go.unicode", "UnicodeCasesTest")
	for _, r := range []rune{'A', 'z', '5', ' ', 0x85, 0xA0, 0x1F600, 0x0663, 0x2167, 0x01C5, 0x00DF, 0x212A, 0x0130, 0x0131, 0x03A3, 0x03C2, 0x10FFFF, 0xE000, 0x2028, 0x0300} {
		c(fmt.Sprintf("Unicode.SimpleFold(%d) + \"\"", r), fmt.Sprint(unicode.SimpleFold(r)))
		c(fmt.Sprintf("Unicode.To(Unicode.TitleCase, %d) + \"\"", r), fmt.Sprint(unicode.To(unicode.TitleCase, r)))
		c(fmt.Sprintf("Unicode.IsDigit(%d) + \" \" + Unicode.IsNumber(%d) + \" \" + Unicode.IsSpace(%d) + \" \" + Unicode.IsPrint(%d)", r, r, r, r),
			fmt.Sprint(unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPrint(r)))
	}

	class("go.sort", "SortCasesTest")
	ints := [][]int{{}, {1}, {3, 1, 2}, {5, -1, 5, 0, 9, -1, 3, 3, 2, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 11, 12, -5, 22, 21, 20, 19, 18, 17}}
	for _, x := range ints {
		y := append([]int{}, x...)
		sort.Ints(y)
		c("Show.strs(strsOf(sorted("+javaLongs(x)+")))", strs(toStrs(y)))
		c(fmt.Sprintf("Sort.SearchInts(sorted(%s), 3) + \"\"", javaLongs(x)), fmt.Sprint(sort.SearchInts(y, 3)))
	}
	words := []string{"pear", "Apple", "fig", "apple", "banana", "kiwi", "date", "cherry", "elderberry", "grape", "lime", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry", "strawberry", "tangerine", "ugli", "vanilla", "watermelon", "xigua", "yam", "zucchini", "fig", "a", ""}
	w := append([]string{}, words...)
	sort.Strings(w)
	c("Show.strs(sortedStrings("+javaStrs(words)+"))", strs(w))
	w = append([]string{}, words...)
	sort.SliceStable(w, func(i, j int) bool { return len(w[i]) < len(w[j]) })
	c("Show.strs(byLength("+javaStrs(words)+"))", strs(w))
	f := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2.5, math.NaN()}
	sort.Float64s(f)
	c("sortedFloats(3, Double.NaN, -1, Double.POSITIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, 2.5, Double.NaN)", fmt.Sprint(f))
	c("Sort.Search(100, i -> i * i >= 50) + \"\"", fmt.Sprint(sort.Search(100, func(i int) bool { return i*i >= 50 })))

	for _, fl := range files {
		var b strings.Builder
		b.WriteString(javagen.Header(fl.pkg, "libcases/main.go", fl.class))
		for i, line := range fl.lines {
			if i%150 == 0 {
				if i > 0 {
					b.WriteString("    }\n\n")
				}
				fmt.Fprintf(&b, "    @Test\n    void cases%d() {\n", i/150)
			}
			b.WriteString(line + "\n")
		}
		b.WriteString("    }\n}\n")
		src := strings.Replace(b.String(), "import org.junit.jupiter.api.Test;\n",
			"import dev.goloom.runtime.ByteSlice;\nimport dev.goloom.runtime.ElemType;\nimport dev.goloom.runtime.Slice;\nimport go.testsupport.Show;\nimport org.junit.jupiter.api.Test;\n", 1)
		if fl.pkg == "go.sort" {
			src = strings.Replace(src, "import org.junit.jupiter.api.Test;\n", "import static go.sort.SortFixtures.*;\n\nimport org.junit.jupiter.api.Test;\n", 1)
		}
		path := "../java/" + strings.ReplaceAll(fl.pkg, ".", "/") + "/" + fl.class + ".java"
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			panic(err)
		}
	}
}

func javaLongs(x []int) string {
	var parts []string
	for _, v := range x {
		parts = append(parts, fmt.Sprintf("%dL", v))
	}
	return "new long[] {" + strings.Join(parts, ", ") + "}"
}

func javaStrs(x []string) string {
	var parts []string
	for _, v := range x {
		parts = append(parts, J(v))
	}
	return "new String[] {" + strings.Join(parts, ", ") + "}"
}

func toStrs(x []int) []string {
	s := []string{}
	for _, v := range x {
		s = append(s, fmt.Sprint(v))
	}
	return s
}
