// Package shapes measures rectangles. The Java application in src/main/java calls it
// through its translation, com.example.shapes.Shapes.
package shapes

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Rect is a named axis-aligned rectangle.
type Rect struct {
	Name          string
	Width, Height int
}

// ErrEmpty is returned for an empty list of rectangles.
var ErrEmpty = errors.New("shapes: no rectangles")

// Area returns the rectangle's area.
func (r Rect) Area() int {
	return r.Width * r.Height
}

// Scale multiplies both sides by k.
func (r *Rect) Scale(k int) {
	r.Width *= k
	r.Height *= k
}

// String describes the rectangle, as fmt prints it.
func (r Rect) String() string {
	return fmt.Sprintf("%s(%dx%d)", r.Name, r.Width, r.Height)
}

// Parse reads rectangles written as "name:WxH", separated by commas.
func Parse(spec string) ([]Rect, error) {
	var rs []Rect
	for _, item := range strings.Split(spec, ",") {
		name, size, ok := strings.Cut(strings.TrimSpace(item), ":")
		if !ok {
			return nil, fmt.Errorf("shapes: %q has no size", item)
		}
		w, h, ok := strings.Cut(size, "x")
		if !ok {
			return nil, fmt.Errorf("shapes: bad size %q for %s", size, name)
		}
		width, err := strconv.Atoi(w)
		if err != nil {
			return nil, fmt.Errorf("shapes: width of %s: %w", name, err)
		}
		height, err := strconv.Atoi(h)
		if err != nil {
			return nil, fmt.Errorf("shapes: height of %s: %w", name, err)
		}
		rs = append(rs, Rect{Name: name, Width: width, Height: height})
	}
	return rs, nil
}

// Largest returns the rectangle with the largest area (the first of equals).
func Largest(rs []Rect) (Rect, error) {
	if len(rs) == 0 {
		return Rect{}, ErrEmpty
	}
	best := rs[0]
	for _, r := range rs[1:] {
		if r.Area() > best.Area() {
			best = r
		}
	}
	return best, nil
}

// Areas returns the areas of the rectangles, in order.
func Areas(rs []Rect) []int {
	out := make([]int, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.Area())
	}
	return out
}
