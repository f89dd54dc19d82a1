package peakheap

import "testing"

func TestOf(t *testing.T) {
	var keep []byte
	got := Of(func() { keep = make([]byte, 8<<20) })
	if got < 8<<20 {
		t.Errorf("peak %d bytes for an 8 MB allocation", got)
	}
	_ = keep
}
