// math/bits: counting, rotating, reversing, and full-width arithmetic.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%032b\n%032b\n", bits.RotateLeft32(x, 28), bits.Reverse32(x))
	fmt.Printf("%#x\n", bits.ReverseBytes16(0x1234))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize, bits.OnesCount64(^uint64(0)), bits.Len(0))
}
