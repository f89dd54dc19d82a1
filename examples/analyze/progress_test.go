package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		reports, bytes, total int64
		elapsed               time.Duration
		want                  string
	}{
		{10, 2_000_000, -1, 2 * time.Second, "analyze: 10 reports, 2.0 MB, 1.0 MB/s"},
		{10, 2_000_000, 8_000_000, 2 * time.Second, "analyze: 10 reports, 2.0 MB, 1.0 MB/s, 25%, 6s left"},
		{10, 8_000_000, 8_000_000, 4 * time.Second, "analyze: 10 reports, 8.0 MB, 2.0 MB/s, 100%, 0s left"},
		{0, 0, 8_000_000, 0, "analyze: 0 reports, 0.0 MB, 0.0 MB/s"},
		{3, 9_000_000, 8_000_000, time.Second, "analyze: 3 reports, 9.0 MB, 9.0 MB/s"}, // files grew since counted
	}
	for _, tt := range tests {
		if got := progressLine(tt.reports, tt.bytes, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%d, %d, %d, %v) = %q, want %q", tt.reports, tt.bytes, tt.total, tt.elapsed, got, tt.want)
		}
	}
}

// A syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgressShown: a long batch shows lines that it rewrites in place
// and ends with a last one; a short one shows nothing.
func TestProgressShown(t *testing.T) {
	var w syncBuffer
	p := &progress{w: &w, after: 0, every: time.Millisecond}
	p.start(func() int64 { return 1000 })
	p.add(400)
	p.add(100)
	for w.String() == "" { // shown at once, since after is 0
		time.Sleep(time.Millisecond)
	}
	p.stop()
	out := w.String()
	last := out[strings.LastIndex(out, "\r"):]
	if !strings.HasPrefix(out, "\ranalyze: 2 reports, 0.0 MB, ") || !strings.HasPrefix(last, "\ranalyze: 2 reports, 0.0 MB, ") ||
		!strings.HasSuffix(last, " MB/s\x1b[K\n") {
		t.Errorf("progress = %q", out)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("progress wrote %d lines, want every line but the last rewritten: %q", strings.Count(out, "\n"), out)
	}

	var quiet syncBuffer
	q := &progress{w: &quiet, after: time.Hour, every: time.Millisecond}
	q.start(func() int64 { return -1 })
	q.add(1)
	q.stop()
	if quiet.String() != "" {
		t.Errorf("a short batch showed %q", quiet.String())
	}
}
