package newsmodel_test

import (
	"maps"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsmodel/newsmodel"
)

// heapObjects is the runtime metric of the bytes held by heap objects, live
// or not yet collected.
const heapObjects = "/memory/classes/heap/objects:bytes"

// peakHeap calls fn and returns the most bytes of heap objects seen while
// it ran, above what the heap held when it began, sampled every 100µs.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: heapObjects}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	peak := base
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		s := []metrics.Sample{{Name: heapObjects}}
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				metrics.Read(s)
				peak = max(peak, s[0].Value.Uint64())
			}
		}
	})
	fn()
	close(stop)
	wg.Wait()
	metrics.Read(sample)
	return max(peak, sample[0].Value.Uint64()) - base
}

// BenchmarkPeakHeap analyses one report of 10 MB and reports, besides its
// speed, the peak heap above the input as a multiple of the input's size
// (peak-heap/input), with the garbage collector at its default setting. The
// report is 10 MB of generated reports in one piece and, when
// NEWSMODEL_BENCH_CORPUS is set, that folder's reports joined and repeated
// to the same size.
//
// Target: at most 5 for real news.
func BenchmarkPeakHeap(b *testing.B) {
	reports := map[string]string{"generated-10MB": corpusOf(10 << 20)}
	for name, docs := range benchCorpora(b) {
		if strings.HasPrefix(name, "corpus-") {
			reports[name+"-10MB"] = tenMegabytes(docs)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(reports)) {
		src := reports[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				peak = max(peak, peakHeap(func() {
					if _, err := newsmodel.Analyze(src, newsmodel.Options{}); err != nil {
						b.Fatal(err)
					}
				}))
			}
			b.ReportMetric(float64(peak)/float64(len(src)), "peak-heap/input")
		})
	}
}

// tenMegabytes joins docs as paragraphs of one report, repeating them until
// it holds 10 MB.
func tenMegabytes(docs []string) string {
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		for _, d := range docs {
			sb.WriteString(d)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}
