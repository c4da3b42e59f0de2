package shapes

import (
	"fmt"

	"example.com/multi_pkg_types/internal/mathx"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
	id   int
}

type Circle struct{ r float64 }

var nextID = 1

func NewRect(w, h float64) *Rect {
	r := &Rect{W: w, H: h, id: nextID}
	nextID++
	return r
}

func NewCircle(r float64) Circle { return Circle{r} }

func (r *Rect) Area() float64  { return r.W * r.H }
func (r *Rect) Name() string   { return "rect" }
func (r *Rect) String() string { return fmt.Sprintf("Rect#%d(%gx%g)", r.id, r.W, r.H) }
func (c Circle) Area() float64 { return mathx.Round3(mathx.Pi * c.r * c.r) }
func (c Circle) Name() string  { return "circle" }

func Describe(s Shape) string {
	switch v := s.(type) {
	case *Rect:
		return "id=" + fmt.Sprint(v.id)
	case Circle:
		return fmt.Sprintf("r=%g", v.r)
	default:
		return fmt.Sprintf("foreign %T", v)
	}
}

func Total(ss ...Shape) float64 {
	t := 0.0
	for _, s := range ss {
		t += s.Area()
	}
	return mathx.Round3(t)
}
