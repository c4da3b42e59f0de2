// Slice to array-pointer conversions that view part of a backing array: writes go both ways,
// and every use of the pointer (index, range, len, *p, p[:], ==, methods, fmt) sees the slice.
package main

import (
	"fmt"
	"strings"
)

type Quad [4]int

func (q *Quad) Double() {
	for i := range q {
		q[i] *= 2
	}
}

func (q Quad) Sum() int {
	t := 0
	for _, v := range q {
		t += v
	}
	return t
}

type Point struct{ X, Y int }

func fill(p *[3]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func tryConvert(s []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := (*[3]int)(s)
	return fmt.Errorf("converted, p[0]=%d", p[0])
}

func trySlice(p *[3]int, hi int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	_ = p[1:hi]
	return nil
}

func main() {
	backing := []int{10, 11, 12, 13, 14, 15, 16, 17}
	s := backing[2:6]
	p := (*[3]int)(s)
	p[0] = 100
	s[1] = 200
	fmt.Println(backing, *p, len(p), cap(p[:]))
	fmt.Println(p, &p[0] == &s[0], &p[2] == &backing[4])

	q := (*[3]int)(backing[2:])
	fmt.Println(p == q, p == (*[3]int)(backing[3:]), p != nil)

	// *p copies; *p = v stores into the slice.
	a := *p
	a[0] = -1
	*p = [3]int{7, 8, 9}
	fmt.Println(a, backing)

	// (*p)[i] goes through the pointer; range reads live elements.
	(*p)[1] += 40
	p[2]++
	for i, v := range p {
		if i == 0 {
			p[1] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Slicing the pointer shares the backing array; its capacity is the array's length.
	t := p[1:]
	t[0] = 555
	t = append(t, 666) // cap(t) == 2: append copies
	t[0] = 777
	fmt.Println(backing, len(t), cap(t), cap(p[1:2:3]))

	fill((*[3]int)(backing[5:]), 50)
	fmt.Println(backing)

	// Pointers from & and new are pointers of the same type.
	var arr [3]int
	pa := &arr
	pa[1] = 5
	fill(pa, 1)
	fmt.Println(arr, *new([3]int), &[3]int{4, 5, 6})
	m := map[*[3]int]string{p: "p"}
	fmt.Println(m[q], m[pa] == "", m[(*[3]int)(backing[2:5])])
	var x, y any = p, q
	fmt.Println(x == y)

	// Methods of a named array type through a view.
	nums := []int{1, 2, 3, 4, 5, 6}
	quad := (*Quad)(nums[1:])
	quad.Double()
	fmt.Println(nums, quad.Sum(), quad)
	var whole Quad
	whole.Double()
	whole[0] = 1
	wp := &whole
	wp.Double()
	fmt.Println(whole, wp.Sum())

	// Reference and struct elements.
	words := strings.Fields("a b c d e")
	pw := (*[2]string)(words[3:])
	pw[0] = "D"
	fmt.Println(words, *pw, len(pw))
	pts := []Point{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]Point)(pts[1:])
	pp[0].X = 30
	first := &pp[1]
	*pp = [2]Point{{7, 7}, {8, 8}}
	fmt.Println(pts, *first)

	// Nil, empty and too short.
	var nilSlice []int
	fmt.Println((*[0]int)(nilSlice) == nil, (*[0]int)(backing[8:]) != nil)
	fmt.Println(tryConvert(backing[6:]))
	fmt.Println(tryConvert(backing[5:]))
	fmt.Println(trySlice(p, 3), trySlice(p, 4))

	// Arrays of arrays: a pointer to an inner array.
	grid := [][2]int{{1, 2}, {3, 4}}
	row := (*[1][2]int)(grid[1:])
	row[0][1] = 40
	inner := &row[0]
	inner[0] = 30
	fmt.Println(grid)
}
