// Conversion expressions: numeric, string, slice-to-array, pointer, func types.
package main

import "fmt"

type MyInt int
type Handler func(int) int

func double(x int) int { return x * 2 }

func main() {
	s := []int{1, 2, 3, 4}
	arr := [4]int(s)
	arr[0] = 100
	fmt.Println(arr, s)
	pa := (*[2]int)(s)
	pa[1] = 200
	fmt.Println(s)
	h := Handler(double)
	fmt.Println(h(21))
	mi := MyInt(7)
	fmt.Println(int(mi)+1, float64(mi)/2)
	b := []byte("hi")
	fmt.Println(string(b), []rune(string(b)))
	var ip *int = new(int)
	type IntPtr *int
	q := IntPtr(ip)
	*q = 5
	fmt.Println(*ip)
	fmt.Println(string(rune(0x1F600)))
}
