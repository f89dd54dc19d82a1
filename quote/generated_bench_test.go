package quote_test

import (
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// BenchmarkExtractGenerated extracts the quotes of about 1 MB of generated
// reports, one call per report with its entities, as the pipeline does:
// per-call fixed cost shows here, not in BenchmarkExtract/1MB.
func BenchmarkExtractGenerated(b *testing.B) {
	type report struct {
		a    *article.Article
		ents []entity.Entity
	}
	var reports []report
	var size int64
	for _, src := range newsmodel.Generate(1, 1<<20) {
		a, err := article.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		reports = append(reports, report{a, entity.Extract(a)})
		size += int64(len(src))
	}
	b.Run("generated-1MB", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range reports {
				quote.Extract(r.a, r.ents)
			}
		}
	})
}
