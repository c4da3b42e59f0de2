// Integer division truncates toward zero; % takes the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {-1, 5}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
	var m int8 = -128
	var n int8 = -1
	fmt.Println(m/n, m%n)
	var big int64 = -9223372036854775808
	var neg int64 = -1
	fmt.Println(big/neg, big%neg)
	fmt.Println(-7>>1, -7/2)
}
