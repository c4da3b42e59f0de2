// Range over functions: the body becomes the yield lambda; break, continue, return and labeled exits.
package main

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func find(want int) (int, bool) {
	for k, v := range pairs {
		if v == want {
			println(k)
			return v, true
		}
	}
	return 0, false
}

func main() {
	total := 0
outer:
	for range 2 {
		for _, v := range pairs {
			if v == 2 {
				continue outer
			}
			total += v
		}
	}
	println(total)
	println(find(2))
}
