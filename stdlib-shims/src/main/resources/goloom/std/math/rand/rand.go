// The Go API of package math/rand as goloom implements it: the top-level functions, which
// Go seeds randomly (Java: go.math.rand.Rand). rand.New and NewSource are not provided.
package rand

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Read(p []byte) (n int, err error)
func NormFloat64() float64
func ExpFloat64() float64
