package stance_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

func BenchmarkExtract(b *testing.B) {
	var big strings.Builder
	for i := 0; big.Len() < 1<<20; i++ {
		big.WriteString(fixture(b, fixtureNames[i%2]))
		big.WriteString("\n\n")
		for _, c := range sentences {
			big.WriteString(c.src + "\n\n")
		}
	}
	cases := []struct{ name, src string }{
		{"full", fixture(b, fixtureNames[0])},
		{"wire", fixture(b, fixtureNames[1])},
		{"1MB", big.String()},
	}
	for _, c := range cases {
		a, err := article.Parse(c.src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			b.ReportAllocs()
			for b.Loop() {
				stance.Extract(a, nil, nil)
			}
		})
	}
	b.Run("generated", benchmarkGenerated)
}

// benchmarkGenerated extracts the stances of the root benchmarks' 1 MB of
// generated reports, one call a report, with their entities and quotes as
// the pipeline finds them: per-call costs count as they do in Analyze.
func benchmarkGenerated(b *testing.B) {
	type input struct {
		a      *article.Article
		ents   []entity.Entity
		quotes []quote.Quote
	}
	var ins []input
	n := 0
	for _, src := range newsmodel.Generate(1, 1<<20) {
		a, err := article.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		ents := entity.Extract(a)
		ins = append(ins, input{a, ents, quote.Extract(a, ents)})
		n += len(src)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			stance.Extract(in.a, in.ents, in.quotes)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	src := strings.Repeat("Peskov -> United States : support \"favoured cooperation\" via RIA, Zakharova\n", 1000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		stance.Parse(src)
	}
}
