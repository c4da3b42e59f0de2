// A function that recovers returns normally with its named results as set at panic time or by the defer.
package main

import "fmt"

func process(items []string) (processed int, status string) {
	defer func() {
		if r := recover(); r != nil {
			status = fmt.Sprint("aborted: ", r)
		}
	}()
	for _, it := range items {
		if it == "" {
			panic("empty item")
		}
		processed++
	}
	return processed, "ok"
}

func main() {
	fmt.Println(process([]string{"a", "b"}))
	fmt.Println(process([]string{"a", "b", "", "d"}))
}
