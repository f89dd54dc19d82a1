package quote

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
)

// megabyte returns about 1 MB of reports built from the fixtures.
func megabyte() string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, n := range fixtureNames {
			b.WriteString(fixtureText(n))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	srcs := map[string]string{"full": fixtureText(fixtureNames[0]), "wire": fixtureText(fixtureNames[1]), "1MB": megabyte()}
	for _, name := range []string{"full", "wire", "1MB"} {
		src := srcs[name]
		a, err := article.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(a, nil)
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := `“Hopefully we’ll be able to make some genuine progress that is measurable,”`
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}
