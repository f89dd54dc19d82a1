package text

import (
	"strings"
	"testing"
)

// TestReaderGrowth checks that a reader's buffers double as a long
// sentence fills them, so that reading allocates about twice what it
// keeps, and that a reader grown past an ordinary window is not pooled.
func TestReaderGrowth(t *testing.T) {
	src := strings.Repeat(`" `, 100_000)
	r := GetReader(nil)
	allocs := testing.AllocsPerRun(1, func() {
		for range r.Windows(src, 1, func(int) (int, int) { return 0, len(src) }) {
		}
	})
	if allocs > 40 {
		t.Errorf("reading 100,000 tokens made %.0f allocations, want a doubling's few", allocs)
	}
	if cap(r.toks) < 100_000 || cap(r.toks) > 2*131072 {
		t.Errorf("token buffer capacity %d for 100,000 tokens", cap(r.toks))
	}
	PutReader(r)
	if g := GetReader(nil); g == r {
		t.Error("a reader grown on a long sentence went back to the pool")
	}
}
