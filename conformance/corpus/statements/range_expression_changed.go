// The range expression is evaluated once: assigning the ranged variable in the body changes nothing.
package main

import "fmt"

var limit = 3

func grow() { limit = 10 }

func main() {
	for i := range limit {
		grow()
		fmt.Print(i)
	}
	fmt.Println()
	s := []string{"a", "b"}
	for _, v := range s {
		s = append(s, v+v)
		s = s[1:]
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	str := "héllo"
	for i, r := range str {
		str = "x"
		fmt.Print(i, string(r), " ")
	}
	fmt.Println(str)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		ch = nil
		fmt.Print(v, " ")
	}
	fmt.Println(ch == nil)
	n := 2
	for i := range n {
		for j := range n {
			n++
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println(n)
}
