// Constants declared inside functions and blocks, shadowing outer constants.
package main

import "fmt"

const x = "package"

func main() {
	fmt.Println(x)
	const x = 1
	fmt.Println(x + 1)
	{
		const x = 2.5
		fmt.Println(x * 2)
	}
	if const_ := x; const_ > 0 {
		const x = 'r'
		fmt.Println(x, string(x))
	}
	fmt.Println(x)
}
