package article_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
)

// manyReports returns about n bytes of reports: the fixtures and paragraphs
// in other outlets' styles, repeated.
func manyReports(b *testing.B, n int) string {
	parts := []string{
		readFixture(b, "syria-talks-kremlin-full.txt"),
		readFixture(b, "syria-talks-kremlin-wire.txt"),
		"LONDON, March 7 (Reuters) - British inflation rose to 2.1 percent in February, official data " +
			"showed on Tuesday, the highest since 2014 and up from 1.8 percent a month earlier.\n\n" +
			"The Bank of England is due to meet next week. \"We will act if needed,\" Governor Mark Carney " +
			"told lawmakers last month, three years after rates were last raised.\n\n" +
			"(Reporting by Jane Doe; Editing by John Roe)\n",
		"WASHINGTON (AP) — The Senate will vote on the bill on Thursday, two weeks after the House passed " +
			"its version. Profit in the third quarter rose 5% from a year earlier, the company said " +
			"yesterday, and it expects fourth-quarter sales to grow in early November.\n\n",
	}
	var sb strings.Builder
	for sb.Len() < n {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func benchInputs(b *testing.B) []struct{ name, src string } {
	return []struct{ name, src string }{
		{"full", readFixture(b, "syria-talks-kremlin-full.txt")},
		{"wire", readFixture(b, "syria-talks-kremlin-wire.txt")},
		{"1MB", manyReports(b, 1<<20)},
	}
}

func BenchmarkFindTimes(b *testing.B) {
	ref := article.DayDate(2016, 7, 15)
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				article.FindTimes(in.src, article.Span{Start: 0, End: len(in.src)}, ref)
			}
		})
	}
}

// BenchmarkParseSentencesTimes measures the whole article pipeline: Parse
// (which splits sentences) and the time expressions.
func BenchmarkParseSentencesTimes(b *testing.B) {
	ref := article.DayDate(2016, 7, 15)
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				a, err := article.Parse(in.src)
				if err != nil {
					b.Fatal(err)
				}
				a.Times(ref)
			}
		})
	}
}
