package b

import "example.com/multi_pkg_std_import_order/trace"

var B = trace.Add("b.B")

func Max[T int | string](x, y T) T {
	if x > y {
		return x
	}
	return y
}
