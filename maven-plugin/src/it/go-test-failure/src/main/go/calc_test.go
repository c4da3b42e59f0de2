package calc

import "testing"

func TestSum(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		if got := Sum(nil); got != 0 {
			t.Errorf("Sum(nil) = %d, want 0", got)
		}
	})
	t.Run("three", func(t *testing.T) {
		if got := Sum([]int{1, 2, 3}); got != 6 {
			t.Fatalf("Sum(1, 2, 3) = %d, want 6", got)
		}
	})
}

func TestPasses(t *testing.T) {}
