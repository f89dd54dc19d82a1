package grow

import "testing"

func TestAppend(t *testing.T) {
	var s []int
	for i := range 10_000 {
		s = Append(s, i)
		if s[i] != i || len(s) != i+1 {
			t.Fatalf("after %d appends: len %d, last %d", i+1, len(s), s[i])
		}
		if cap(s) > 2*len(s) && len(s) > 64 {
			t.Fatalf("cap %d for len %d: more than doubled", cap(s), len(s))
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var s []int64
		for i := range 100_000 {
			s = Append(s, int64(i))
		}
	}
}
