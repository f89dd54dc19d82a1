package newsmodel_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/internal/adversarial"
)

// work returns the allocations and allocated bytes one Analyze of src
// costs: counts of work done, not times, so the test is stable on any
// machine.
func work(t *testing.T, src string) (allocs, bytes float64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := newsmodel.Analyze(src, newsmodel.Options{}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs - before.Mallocs), float64(after.TotalAlloc - before.TotalAlloc)
}

// corpusOf returns one report of about n bytes, made of generated reports.
func corpusOf(n int) string {
	s := strings.Join(newsmodel.Generate(uint64(n), n), "\n\n")
	return s
}

// TestScalingLinear checks that the pipeline's work per input byte does not
// grow from 128 KB to 10 MB: a step whose work grew with the square of the
// input would multiply it by the size ratio. Work per byte may fall as fixed
// costs are spread, so only growth is an error. Smaller inputs are analysed
// too, but their fixed costs dominate.
func TestScalingLinear(t *testing.T) {
	for _, n := range []int{1 << 10, 16 << 10} {
		work(t, corpusOf(n))
	}
	sizes := []int{128 << 10, 1 << 20}
	if !testing.Short() && !raceEnabled {
		sizes = append(sizes, 10<<20)
	}
	var minAllocs, minBytes float64 // the least work per byte at a smaller size
	for i, n := range sizes {
		src := corpusOf(n)
		allocs, bytes := work(t, src)
		allocs, bytes = allocs/float64(len(src)), bytes/float64(len(src))
		t.Logf("%8d bytes: %.4f allocs/byte, %.1f bytes allocated/byte", len(src), allocs, bytes)
		if i > 0 && (allocs > 1.5*minAllocs || bytes > 1.5*minBytes) {
			t.Errorf("%d bytes: %.4f allocs and %.1f bytes allocated per byte, up from %.4f and %.1f: not linear",
				len(src), allocs, bytes, minAllocs, minBytes)
		}
		if i == 0 {
			minAllocs, minBytes = allocs, bytes
		}
		minAllocs, minBytes = min(minAllocs, allocs), min(minBytes, bytes)
	}
}

// TestAdversarialInputs analyses each adversarial input at two sizes, n and
// 4n, and checks that the work (allocations and bytes allocated) grows
// about fourfold, not sixteenfold. Work is counted, not timed; a path that
// is quadratic in time alone shows as a hang at these sizes (100,000
// repetitions, and a 5 MB paragraph outside -short and -race runs).
func TestAdversarialInputs(t *testing.T) {
	n := 25_000
	if testing.Short() || raceEnabled {
		n = 4_000
	}
	for _, in := range adversarial.Inputs() {
		gen := in.Make
		t.Run(in.Name, func(t *testing.T) {
			a1, b1 := work(t, gen(n))
			a4, b4 := work(t, gen(4*n))
			if raceEnabled {
				return // the race detector drops pooled scratch at random: no counts to compare
			}
			const slack = 10_000 // fixed costs, so that near-zero counts compare
			if r := (a4 + slack) / (a1 + slack); r > 6 {
				t.Errorf("allocations grow %.1f× for 4× the input", r)
			}
			if r := (b4 + slack) / (b1 + slack); r > 6 {
				t.Errorf("bytes allocated grow %.1f× for 4× the input", r)
			}
		})
	}
	if !testing.Short() && !raceEnabled {
		work(t, adversarial.ByName("one paragraph")(5<<20/80)) // one 5 MB paragraph
	}
}
