// errors.AsType, unsafe.StringData identity, sort.IntSlice/StringSlice/Float64Slice through sort.Interface,
// a function-local type in another package's generic code, and fmt using String of struct elements.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	_, err := os.Open("does-not-exist")
	wrapped := fmt.Errorf("wrapped: %w", err)
	if pe, ok := errors.AsType[*fs.PathError](wrapped); ok {
		fmt.Println("path error:", pe.Op, pe.Path, pe.Err)
	}
	_, ok := errors.AsType[*codeErr](wrapped)
	fmt.Println("codeErr:", ok)
	joined := errors.Join(errors.New("a"), &codeErr{7})
	if ce, ok := errors.AsType[*codeErr](joined); ok {
		fmt.Println("found", ce.code)
	}
	if e, ok := errors.AsType[error](joined); ok {
		fmt.Printf("%q\n", e.Error())
	}

	s := "gopher"
	t := s
	c := strings.Clone(s)
	fmt.Println(unsafe.StringData(s) == unsafe.StringData(t), unsafe.StringData(s) == unsafe.StringData(c), *unsafe.StringData(c))

	ints := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IntSlice(ints).Len())
	strs := sort.StringSlice{"pear", "apple", "fig"}
	strs.Sort()
	fmt.Println(strs, strs.Search("fig"), sort.IsSorted(strs))
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1)}
	sort.Float64Slice(fl).Sort()
	fmt.Println(fl)
	i, found := sort.Find(len(strs), func(i int) int { return strings.Compare("fig", strs[i]) })
	fmt.Println(i, found)

	type Pet struct {
		Name string
		Legs int
	}
	pets := []Pet{{"spider", 8}, {"cat", 4}, {"bird", 2}, {"dog", 4}}
	slices.SortStableFunc(pets, func(a, b Pet) int { return a.Legs - b.Legs })
	fmt.Println(pets, slices.IndexFunc(pets, func(p Pet) bool { return p.Name == "dog" }))

	people := []Person{{"Ann", 30}, {"Bo", 4}}
	fmt.Println(people, map[string]Person{"x": {"Cy", 1}})
	fmt.Printf("%v %+v\n", people[0], struct{ P Person }{people[1]})
}
