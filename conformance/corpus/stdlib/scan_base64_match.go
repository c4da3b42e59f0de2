// fmt scanning (Sscan, Sscanln, Sscanf: counts, errors, overflow), encoding/base64, os.Expand, filepath.Match, unicode range tables and TurkishCase.
package main

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"unicode"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Sscanf("12 abc 7", "%d %s %d", &a, &s, &b)
	fmt.Printf("%d %v %d %s %d\n", n, err, a, s, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Printf("%d %v\n", n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Printf("%d %v\n", n, err)
	var f float64
	var t bool
	n, err = fmt.Sscan("1.5e3 true", &f, &t)
	fmt.Printf("%d %v %v %v\n", n, err, f, t)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Printf("%d %v\n", n, err)
	var u8 uint8
	n, err = fmt.Sscan("300", &u8)
	fmt.Printf("%d %v\n", n, err)
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("goloom!")))
	fmt.Println(base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	d, err := base64.StdEncoding.DecodeString("Z29sb29tIQ==")
	fmt.Printf("%q %v\n", d, err)
	d, err = base64.StdEncoding.DecodeString("Z29s*29t")
	fmt.Printf("%q %v\n", d, err)
	d, err = base64.StdEncoding.DecodeString("Z29sb2")
	fmt.Printf("%q %v\n", d, err)
	fmt.Println(os.Expand("$A-${B}-${}-$1-${C", func(k string) string { return "<" + k + ">" }))
	for _, p := range [][2]string{{"*.go", "main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"*/b", "a/b"}, {"[", "a"}, {"a\\", "a"}} {
		ok, err := filepath.Match(p[0], p[1])
		fmt.Println(ok, err)
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'a'), unicode.In('Ж', unicode.Latin, unicode.Cyrillic))
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')), string(unicode.TurkishCase.ToUpper('q')))
}
