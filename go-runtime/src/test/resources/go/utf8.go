// Prints how gc decodes byte strings as UTF-8 (for range, []rune, string(rune)), for goloom's GoStringsTest.
// Inputs are hex byte strings so the output is plain ASCII.
package main

import (
	"encoding/hex"
	"fmt"
)

var sink any

func main() {
	inputs := []string{"", "61", "c3a9", "e282ac", "f09f9880", "80", "bf", "c0", "c080", "c1bf", "c2", "c27f", "c2c0",
		"e0", "e080", "e08080", "e09f bf", "e0a080", "eda080", "edbfbf", "ed9fbf", "ee8080", "efbfbf",
		"f0", "f08f bfbf", "f0908080", "f48fbfbf", "f4908080", "f5808080", "f8", "fe", "ff", "e282", "e28261",
		"f09f98", "f09f9861", "61e282ac62ff63", "c3a9c3"}
	for _, h := range inputs {
		b, err := hex.DecodeString(removeSpaces(h))
		if err != nil {
			panic(err)
		}
		s := string(b)
		fmt.Printf("range %x:", s)
		for i, r := range s {
			fmt.Printf(" %d=%x", i, r)
		}
		rs := []rune(s)
		sink = rs
		fmt.Printf(" | runes %d cap %d | back %x\n", len(rs), cap(rs), string(rs))
	}
	for _, r := range []rune{0, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0x7fffffff} {
		fmt.Printf("rune %x %x\n", r, string(r))
	}
	for _, r := range []int64{0x100000041, -0x80000000, 1 << 40} {
		fmt.Printf("int64rune %d %x\n", r, string(r))
	}
	for _, s := range []string{"", "a", "hello", "hello, world!!", "0123456789abcdefghijklmnopqrstuvwxyz"} {
		b := []byte(s)
		sink = b
		fmt.Printf("bytes %d %d %d\n", len(s), len(b), cap(b))
	}
	var nb []byte
	fmt.Println("string(nil) len", len(string(nb)), "[]byte(\"\") nil", []byte("") == nil, "[]rune(\"\") nil", []rune("") == nil)
}

func removeSpaces(s string) string {
	out := ""
	for _, c := range s {
		if c != ' ' {
			out += string(c)
		}
	}
	return out
}
