// goto forward and backward, building a loop and skipping code.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	goto end
	fmt.Println("skipped")
end:
	fmt.Println("end")
	n := 0
	{
	again:
		n++
		if n < 5 {
			goto again
		}
	}
	fmt.Println(n)
}
