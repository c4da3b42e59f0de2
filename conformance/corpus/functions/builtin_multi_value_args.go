// Built-ins whose arguments are the results of one call: min(f()), complex(f()), append(f()), delete(f()), copy(f()).
package main

import "fmt"

func two() (int, int)                { return 3, 1 }
func u8() (uint8, uint8)             { return 200, 100 }
func strs() (string, string, string) { return "b", "a", "c" }
func fl() (float32, float32)         { return 1.5, 2 }
func ss() ([]int, int, int)          { return []int{1}, 2, 3 }
func anys() ([]any, int, string)     { return nil, 1, "x" }
func mm() (map[any]int, string)      { return map[any]int{"a": 1, "b": 2}, "a" }
func cp() ([]byte, string)           { return make([]byte, 2), "xyz" }
func ar() ([][2]int, [2]int)         { return nil, [2]int{1, 2} }

type celsius float64

func temps() (celsius, celsius) { return 21.5, -3 }

func main() {
	fmt.Println(min(two()), max(two()), min(u8()), max(u8()), min(strs()), max(strs()))
	fmt.Println(complex(fl()), real(complex(fl())))
	fmt.Println(append(ss()), append(anys()))
	m, k := mm()
	delete(mm())
	delete(m, k)
	fmt.Println(len(m))
	n := copy(cp())
	fmt.Println(n)
	a := append(ar())
	a[0][0] = 9
	fmt.Println(a, max(temps()))
	var f func() (int, int) = two
	fmt.Println(max(f()))
}
