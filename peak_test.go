package newsmodel_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/internal/peakheap"
)

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
				peak = max(peak, peakheap.Of(func() {
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
