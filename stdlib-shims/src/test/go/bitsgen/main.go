// Writes go.math.bits.BitsCasesTest: every math/bits function on edge values and values from
// a fixed seed, each Java call next to the result real Go computed (as unsigned decimal).
package main

import (
	"fmt"
	"math/bits"
	"math/rand"
	"strings"

	"goloomtestgen/javagen"
)

var lines []string

func c(java string, want string) {
	lines = append(lines, fmt.Sprintf("        assertEquals(%s, %s);", javagen.Str(want), java))
}

// Java literals of each width (Go's bits, in the signed Java type of that width).
func j8(x uint8) string   { return fmt.Sprintf("(byte) %d", int8(x)) }
func j16(x uint16) string { return fmt.Sprintf("(short) %d", int16(x)) }
func j32(x uint32) string { return fmt.Sprintf("%d", int32(x)) }
func j64(x uint64) string { return fmt.Sprintf("%dL", int64(x)) }

func main() {
	r := rand.New(rand.NewSource(42))
	v64 := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 1 << 31, 1<<32 - 1, 1 << 32, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	for i := 0; i < 40; i++ {
		v64 = append(v64, r.Uint64()>>uint(r.Intn(64)))
	}
	ks := []int{-65, -9, -1, 0, 1, 3, 7, 8, 15, 31, 33, 63, 64, 100}
	for _, x := range v64 {
		x8, x16, x32 := uint8(x), uint16(x), uint32(x)
		u := fmt.Sprint
		c(fmt.Sprintf("Bits.LeadingZeros(%s) + \"\"", j64(x)), u(bits.LeadingZeros(uint(x))))
		c(fmt.Sprintf("Bits.LeadingZeros8(%s) + \"\"", j8(x8)), u(bits.LeadingZeros8(x8)))
		c(fmt.Sprintf("Bits.LeadingZeros16(%s) + \"\"", j16(x16)), u(bits.LeadingZeros16(x16)))
		c(fmt.Sprintf("Bits.LeadingZeros32(%s) + \"\"", j32(x32)), u(bits.LeadingZeros32(x32)))
		c(fmt.Sprintf("Bits.TrailingZeros(%s) + \"\"", j64(x)), u(bits.TrailingZeros(uint(x))))
		c(fmt.Sprintf("Bits.TrailingZeros8(%s) + \"\"", j8(x8)), u(bits.TrailingZeros8(x8)))
		c(fmt.Sprintf("Bits.TrailingZeros16(%s) + \"\"", j16(x16)), u(bits.TrailingZeros16(x16)))
		c(fmt.Sprintf("Bits.TrailingZeros32(%s) + \"\"", j32(x32)), u(bits.TrailingZeros32(x32)))
		c(fmt.Sprintf("Bits.OnesCount(%s) + \"\"", j64(x)), u(bits.OnesCount(uint(x))))
		c(fmt.Sprintf("Bits.OnesCount8(%s) + \"\"", j8(x8)), u(bits.OnesCount8(x8)))
		c(fmt.Sprintf("Bits.OnesCount16(%s) + \"\"", j16(x16)), u(bits.OnesCount16(x16)))
		c(fmt.Sprintf("Bits.OnesCount32(%s) + \"\"", j32(x32)), u(bits.OnesCount32(x32)))
		c(fmt.Sprintf("Bits.Len(%s) + \"\"", j64(x)), u(bits.Len(uint(x))))
		c(fmt.Sprintf("Bits.Len8(%s) + \"\"", j8(x8)), u(bits.Len8(x8)))
		c(fmt.Sprintf("Bits.Len16(%s) + \"\"", j16(x16)), u(bits.Len16(x16)))
		c(fmt.Sprintf("Bits.Len32(%s) + \"\"", j32(x32)), u(bits.Len32(x32)))
		c(fmt.Sprintf("u(Bits.Reverse(%s))", j64(x)), u(bits.Reverse(uint(x))))
		c(fmt.Sprintf("u8(Bits.Reverse8(%s))", j8(x8)), u(bits.Reverse8(x8)))
		c(fmt.Sprintf("u16(Bits.Reverse16(%s))", j16(x16)), u(bits.Reverse16(x16)))
		c(fmt.Sprintf("u32(Bits.Reverse32(%s))", j32(x32)), u(bits.Reverse32(x32)))
		c(fmt.Sprintf("u(Bits.ReverseBytes(%s))", j64(x)), u(bits.ReverseBytes(uint(x))))
		c(fmt.Sprintf("u16(Bits.ReverseBytes16(%s))", j16(x16)), u(bits.ReverseBytes16(x16)))
		c(fmt.Sprintf("u32(Bits.ReverseBytes32(%s))", j32(x32)), u(bits.ReverseBytes32(x32)))
		for _, k := range ks {
			c(fmt.Sprintf("u(Bits.RotateLeft(%s, %d))", j64(x), k), u(bits.RotateLeft(uint(x), k)))
			c(fmt.Sprintf("u8(Bits.RotateLeft8(%s, %d))", j8(x8), k), u(bits.RotateLeft8(x8, k)))
			c(fmt.Sprintf("u16(Bits.RotateLeft16(%s, %d))", j16(x16), k), u(bits.RotateLeft16(x16, k)))
			c(fmt.Sprintf("u32(Bits.RotateLeft32(%s, %d))", j32(x32), k), u(bits.RotateLeft32(x32, k)))
		}
	}
	for i := 0; i+1 < len(v64); i++ {
		x, y := v64[i], v64[len(v64)-1-i]
		for carry := uint64(0); carry < 2; carry++ {
			s, co := bits.Add64(x, y, carry)
			c(fmt.Sprintf("pair(Bits.Add64(%s, %s, %dL))", j64(x), j64(y), carry), fmt.Sprint(s, " ", co))
			d, bo := bits.Sub64(x, y, carry)
			c(fmt.Sprintf("pair(Bits.Sub64(%s, %s, %dL))", j64(x), j64(y), carry), fmt.Sprint(d, " ", bo))
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(carry))
			c(fmt.Sprintf("pair32(Bits.Add32(%s, %s, %d))", j32(uint32(x)), j32(uint32(y)), carry), fmt.Sprint(s32, " ", co32))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(carry))
			c(fmt.Sprintf("pair32(Bits.Sub32(%s, %s, %d))", j32(uint32(x)), j32(uint32(y)), carry), fmt.Sprint(d32, " ", bo32))
		}
		hi, lo := bits.Mul64(x, y)
		c(fmt.Sprintf("pair(Bits.Mul64(%s, %s))", j64(x), j64(y)), fmt.Sprint(hi, " ", lo))
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		c(fmt.Sprintf("pair32(Bits.Mul32(%s, %s))", j32(uint32(x)), j32(uint32(y))), fmt.Sprint(h32, " ", l32))
		if y != 0 {
			h := x % y
			q, rem := bits.Div64(h, x, y)
			c(fmt.Sprintf("pair(Bits.Div64(%s, %s, %s))", j64(h), j64(x), j64(y)), fmt.Sprint(q, " ", rem))
			c(fmt.Sprintf("u(Bits.Rem64(%s, %s, %s))", j64(x), j64(y), j64(y)), fmt.Sprint(bits.Rem64(x, y, y)))
		}
		if uint32(y) != 0 {
			h := uint32(x) % uint32(y)
			q, rem := bits.Div32(h, uint32(x), uint32(y))
			c(fmt.Sprintf("pair32(Bits.Div32(%s, %s, %s))", j32(h), j32(uint32(x)), j32(uint32(y))), fmt.Sprint(q, " ", rem))
			c(fmt.Sprintf("u32(Bits.Rem32(%s, %s, %s))", j32(uint32(x)), j32(uint32(y)), j32(uint32(y))), fmt.Sprint(bits.Rem32(uint32(x), uint32(y), uint32(y))))
		}
	}
	fmt.Print(`// GENERATED by stdlib-shims/src/test/go/bitsgen with real Go; do not edit (regenerate: stdlib-shims/src/test/go/regenerate.sh).
package go.math.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Tuple2;
import org.junit.jupiter.api.Test;

/** Expected values computed by the Go program bitsgen/main.go, printed as unsigned decimals. */
class BitsCasesTest {
    static String u(long x) {
        return Long.toUnsignedString(x);
    }

    static String u32(int x) {
        return Integer.toUnsignedString(x);
    }

    static String u16(short x) {
        return Integer.toString(x & 0xffff);
    }

    static String u8(byte x) {
        return Integer.toString(x & 0xff);
    }

    static String pair(Tuple2<Long, Long> t) {
        return u(t.v0()) + " " + u(t.v1());
    }

    static String pair32(Tuple2<Integer, Integer> t) {
        return u32(t.v0()) + " " + u32(t.v1());
    }
`)
	// Split into methods of at most 400 assertions (javac's method size limit).
	for i := 0; i < len(lines); i += 400 {
		end := min(i+400, len(lines))
		fmt.Printf("\n    @Test\n    void cases%d() {\n%s\n    }\n", i/400, strings.Join(lines[i:end], "\n"))
	}
	fmt.Println("}")
}
