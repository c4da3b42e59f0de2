// fmt width, precision and flags: - + space 0 #, *, explicit argument indexes.
package main

import "fmt"

func main() {
	fmt.Printf("[%5.2f] [%-7.3f] [%07.2f] [%+.2f] [% .2f]\n", 3.14159, 2.0, -1.5, 2.0, 2.0)
	fmt.Printf("[%6s] [%-6s] [%.2s] [%6.2s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%05d] [%+d] [% d] [%-5d] [%x] [%#x] [%#o] [%#b]\n", 42, 42, 42, 42, -255, 255, 8, 5)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s %[1]q %[1]x\n", "a")
	fmt.Printf("[%10.3e] [%-10g] [%G]\n", 1234.5678, 0.5, 1e-10)
	fmt.Printf("[%3c] [%-3c] [%q] [%+q] [%#q]\n", 'x', 'y', "日本", "日本", "back`tick")
	fmt.Printf("[%6.1f%%]\n", 99.5)
	fmt.Printf("[%v] [%6v] [%-6v]\n", true, 1.5, "ab")
}
