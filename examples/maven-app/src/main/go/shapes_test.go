package shapes

import "testing"

func TestParse(t *testing.T) {
	rs, err := Parse("a:2x3, b:4x5")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[1].Name != "b" || rs[1].Height != 5 {
		t.Errorf("Parse = %v", rs)
	}
}

func TestParseErrors(t *testing.T) {
	for _, spec := range []string{"a", "a:2", "a:xx3", "a:2x"} {
		t.Run(spec, func(t *testing.T) {
			if _, err := Parse(spec); err == nil {
				t.Errorf("Parse(%q) gave no error", spec)
			}
		})
	}
}

func TestLargest(t *testing.T) {
	rs, _ := Parse("a:2x3,b:4x5,c:5x4")
	got, err := Largest(rs)
	if err != nil || got.String() != "b(4x5)" {
		t.Errorf("Largest = %v, %v", got, err)
	}
	if _, err := Largest(nil); err != ErrEmpty {
		t.Errorf("Largest(nil) error = %v, want ErrEmpty", err)
	}
}

func TestScale(t *testing.T) {
	r := Rect{"s", 1, 2}
	r.Scale(3)
	if r.Area() != 18 {
		t.Errorf("area after Scale(3) = %d, want 18", r.Area())
	}
}
