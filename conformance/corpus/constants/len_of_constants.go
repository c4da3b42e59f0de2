// len and cap of constant strings and arrays are constants.
package main

import "fmt"

const greeting = "héllo"

var arr [5]int
var parr *[7]byte

const n = len(greeting)
const m = len(arr)
const k = cap(parr) // constant: no function calls or channel receives

type Buf [len(greeting) * 2]byte

func main() {
	fmt.Println(n, m, k, len(Buf{}))
	var a [n]int
	fmt.Println(len(a))
	fmt.Println(len([3]string{}), len("日本語"))
}
