package quote

import (
	"fmt"
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

// BenchmarkAdversarial runs extraction over 64 KB runs of one pattern each:
// its MB/s should stay near BenchmarkExtract's, and not fall as the run
// grows (a quadratic path shows as a collapse here).
func BenchmarkAdversarial(b *testing.B) {
	for _, p := range []string{",", ", ", "\"", "''", "he said, ", "Kerry, ", "“a” and ", "\n\n\"a ", "according to "} {
		src := "He said " + strings.Repeat(p, 64<<10/len(p)) + " end."
		a, err := article.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%q", p), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(a, nil)
			}
		})
	}
}
