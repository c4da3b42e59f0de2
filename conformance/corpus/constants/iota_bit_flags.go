// iota-based bit flags and byte-size units with shifts.
package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func main() {
	p := Read | Exec
	fmt.Println(Read, Write, Exec, p, p&Write != 0, p&Exec != 0)
	fmt.Printf("%08b\n", p)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(TB / GB)
}
