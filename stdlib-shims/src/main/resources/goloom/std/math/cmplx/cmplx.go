// The Go API of package math/cmplx (Java: go.math.cmplx.Cmplx).
package cmplx

func Abs(x complex128) float64
func Phase(x complex128) float64
func Polar(x complex128) (r, theta float64)
func Rect(r, theta float64) complex128
func Conj(x complex128) complex128
func IsInf(x complex128) bool
func IsNaN(x complex128) bool
func Inf() complex128
func NaN() complex128
func Sqrt(x complex128) complex128
func Exp(x complex128) complex128
func Log(x complex128) complex128
func Log10(x complex128) complex128
func Pow(x, y complex128) complex128
func Sin(x complex128) complex128
func Cos(x complex128) complex128
func Tan(x complex128) complex128
func Cot(x complex128) complex128
func Sinh(x complex128) complex128
func Cosh(x complex128) complex128
func Tanh(x complex128) complex128
func Asin(x complex128) complex128
func Acos(x complex128) complex128
func Atan(x complex128) complex128
func Asinh(x complex128) complex128
func Acosh(x complex128) complex128
func Atanh(x complex128) complex128
