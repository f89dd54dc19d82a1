package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/newsmodel/newsmodel/internal/adversarial"
	"github.com/newsmodel/newsmodel/internal/peakheap"
)

// A countingWriter counts the bytes written to it.
type countingWriter struct{ n int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

// TestAdversarialOutput feeds each adversarial input of the scaling tests
// through the command (-format jsonl) at two sizes, n and 4n, and checks
// that the output grows with the input, never faster: about fourfold, at
// most 24 bytes a byte of input (a report item with its JSON for each word
// of a few letters), and not at all for input without a letter or digit,
// which has no content to report (a megabyte of quotation marks once gave
// 129 MB). The peak heap of the run grows with the input too, and stays
// within 16 times what is read and written.
func TestAdversarialOutput(t *testing.T) {
	n := 2_500
	if testing.Short() || raceEnabled {
		n = 500
	}
	dir := t.TempDir()
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var out [2]int
			var heap [2]uint64
			var size int
			for i, reps := range []int{n, 4 * n} {
				src := in.Make(reps)
				path := filepath.Join(dir, strings.ReplaceAll(in.Name, " ", "-")+".txt")
				if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
				var w countingWriter
				h := peakheap.Of(func() {
					if err := run(&w, []string{"-format", "jsonl", "-j", "1", path}); err != nil {
						t.Fatal(err)
					}
				})
				out[i], heap[i], size = w.n, h, len(src)
			}
			t.Logf("%7d bytes in, %8d out (%.1f×), peak heap %d KB (%d KB for a quarter)", size, out[1], float64(out[1])/float64(size), heap[1]>>10, heap[0]>>10)
			const skeleton = 1 << 10 // a report object with empty lists
			if out[1] > 4*out[0]+out[0]/8+skeleton {
				t.Errorf("output grows from %d to %d bytes for 4× the input", out[0], out[1])
			}
			if out[1] > 24*size+skeleton {
				t.Errorf("output %d bytes for %d of input: %.1f a byte", out[1], size, float64(out[1])/float64(size))
			}
			if src := in.Make(4 * n); !strings.ContainsFunc(src, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) && out[1] > skeleton {
				t.Errorf("output %d bytes for input without a letter or digit", out[1])
			}
			const fixed = 16 << 20 // tables, scratch and garbage not yet collected, whatever the input
			if heap[1] > 6*heap[0]+fixed {
				t.Errorf("peak heap grows from %d to %d bytes for 4× the input", heap[0], heap[1])
			}
			if limit := uint64(16*(size+out[1]) + fixed); heap[1] > limit {
				t.Errorf("peak heap %d bytes for %d of input and %d of output, over %d", heap[1], size, out[1], limit)
			}
		})
	}
}

// TestMemoryBoundedByWorkers: the peak heap of a JSON Lines batch depends
// on the workers, not on the number of reports: four times as many reports
// of the same size take about the same memory.
func TestMemoryBoundedByWorkers(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("hundreds of reports: not in -short or -race runs")
	}
	small, large := genFolder(t, 100), genFolder(t, 400)
	var peaks [2]uint64
	for i, dir := range []string{small, large} {
		peaks[i] = peakheap.Of(func() {
			if err := run(io.Discard, []string{"-format", "jsonl", "-j", "2", dir}); err != nil {
				t.Fatal(err)
			}
		})
	}
	t.Logf("peak heap: %d KB for 102 reports, %d KB for 402", peaks[0]>>10, peaks[1]>>10)
	// (the collector lets the heap reach 4 MB before its first cycle, so
	// peaks this small differ by up to that much from run to run)
	const gcFloor = 4 << 20
	if peaks[1] > 2*peaks[0]+gcFloor {
		t.Errorf("peak heap grows from %d to %d bytes with four times the reports", peaks[0], peaks[1])
	}
}
