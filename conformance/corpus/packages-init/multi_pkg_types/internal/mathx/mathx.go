package mathx

import "math"

const Pi = 3.14159

func Round3(x float64) float64 { return math.Round(x*1000) / 1000 }
