package stance_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
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
}

func BenchmarkParse(b *testing.B) {
	src := strings.Repeat("Peskov -> United States : support \"favoured cooperation\" via RIA, Zakharova\n", 1000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		stance.Parse(src)
	}
}
