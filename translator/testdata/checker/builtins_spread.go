// Built-ins whose arguments are the results of one call: copy(f()), delete(h()), min(g()), ...
package main

import "unsafe"

func two() (int, int)                { return 3, 1 }
func fl() (float32, float32)         { return 1.5, 2 }
func ss() ([]int, int, int)          { return []int{1}, 2, 3 }
func mm() (map[string]int, string)   { return nil, "a" }
func cp() ([]byte, string)           { return nil, "xyz" }
func pu() (unsafe.Pointer, int)      { return nil, 0 }
func bs() (*byte, int)               { return nil, 0 }
func strs() (string, string, string) { return "b", "a", "c" }
func bad() ([]int, string)           { return nil, "" }
func mk() (map[int]int, string)      { return nil, "" }

func valid() {
	_, _ = min(two()), max(strs())
	_ = complex(fl())
	_ = append(ss())
	delete(mm())
	_ = copy(cp())
	_ = unsafe.Add(pu())
	_ = unsafe.Slice(bs())
	_ = unsafe.String(bs())
	println(two())
	print(strs())
}

func invalid() {
	_ = len(two())           // ERROR "invalid operation: too many arguments for len\(two\(\)\) \(expected 1, found 2\)"
	_ = unsafe.Sizeof(two()) // ERROR "invalid operation: too many arguments for unsafe.Sizeof\(two\(\)\) \(expected 1, found 2\)"
	panic(two())             // ERROR "invalid operation: too many arguments for panic\(two\(\)\) \(expected 1, found 2\)"
	close(two())             // ERROR "invalid operation: too many arguments for close\(two\(\)\) \(expected 1, found 2\)"
	clear(two())             // ERROR "invalid operation: too many arguments for clear\(two\(\)\) \(expected 1, found 2\)"
	_ = complex(two())       // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = append(bad())        // ERROR "cannot use bad\(\) \(value of type string\) as int value in argument to append"
	delete(mk())             // ERROR "cannot use mk\(\) \(value of type string\) as int value in argument to delete"
	_ = copy(two())          // ERROR "invalid copy: argument must be a slice; have two\(\) \(value of type int\)"
}

func main() {}
