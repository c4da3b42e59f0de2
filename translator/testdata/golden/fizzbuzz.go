// Fizzbuzz counts to 20 the fizzbuzz way, then prints a few sums and facts to both streams.
package main

import "fmt"

const limit = 20

func fizzbuzz(n int) string {
	if n%15 == 0 {
		return "FizzBuzz"
	} else if n%3 == 0 {
		return "Fizz"
	} else if n%5 == 0 {
		return "Buzz"
	}
	return ""
}

func sumTo(n int) int {
	total := 0
	for i := 1; i <= n; i++ {
		total += i
	}
	return total
}

func main() {
	for i := 1; i <= limit; i++ {
		word := fizzbuzz(i)
		if word == "" {
			fmt.Println(i)
		} else {
			fmt.Println(i, word)
		}
	}
	var greeting string = "go" + "loom"
	big := 1 << 40
	fmt.Println("sum:", sumTo(100), "product:", 7*6, "quotient:", -7/2, "remainder:", -7%2)
	fmt.Println(greeting, len(greeting), greeting < "gopher", big, true && !false)
	println("to stderr:", sumTo(10), limit > 10)
}
