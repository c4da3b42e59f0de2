// Decimal floating-point literal forms.
package main

import "fmt"

func main() {
	fmt.Println(0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1E6, .25, .12345E+5)
	fmt.Println(1_5., 0.15e+0_2)
	fmt.Println(1e-7, 1e21, 1e20, 123456789.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 0.1+0.2)
	fmt.Printf("%T %T\n", 1.0, 1e3)
	fmt.Println(1e308*10 > 1e308)
}
