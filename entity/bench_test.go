package entity_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// generatedReports returns about n bytes of reports built from templates
// in several outlets' styles, with made-up names.
func generatedReports(n int) []string {
	syl := []string{"ka", "ro", "mi", "tev", "an", "sol", "dri", "ve", "lo", "ni", "bar", "kos"}
	name := func(i int) string {
		w := func(k int) string {
			s := syl[k%len(syl)] + syl[(k/len(syl))%len(syl)] + syl[(k/7)%len(syl)]
			return strings.ToUpper(s[:1]) + s[1:]
		}
		return w(i) + " " + w(i*31+7)
	}
	surname := func(i int) string { return strings.Fields(name(i))[1] }
	var out []string
	total := 0
	for i := 0; total < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "MOSCOW, July %d (Reuters) - Russian Foreign Minister %s met US Secretary of State %s in Geneva on Tuesday, a senior US official said.\n\n", i%28+1, name(i), name(i+1))
		fmt.Fprintf(&b, "\"We made progress,\" %s told reporters. He said the talks with %s, Syria's ambassador to the United Nations, would go on.\n\n", surname(i), name(i+2))
		fmt.Fprintf(&b, "Several American officials said they doubted that. The Kremlin and the White House declined to comment, but Nusra Front and al-Qaida's allies were named, according to The Washington Post.\n\n")
		fmt.Fprintf(&b, "%s, the German chancellor, said she backed the plan. Critics of the deal said %s had misled NATO and the EU.\n\n", name(i+3), surname(i+1))
		out = append(out, b.String())
		total += b.Len()
	}
	return out
}

// BenchmarkExtract measures mention finding and resolution over the
// fixtures, about 1 MB of generated reports, a run of 100,000 capitalised
// words, and real news when NEWSMODEL_BENCH_CORPUS names a folder of
// reports. Work per byte must not grow with size (TestScaling).
func BenchmarkExtract(b *testing.B) {
	run := func(b *testing.B, srcs []string) {
		var arts []*article.Article
		size := 0
		for _, s := range srcs {
			a, err := article.Parse(s)
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, a)
			size += len(s)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				entity.Extract(a)
			}
		}
	}
	for _, n := range fixtureNames {
		b.Run(n, func(b *testing.B) { run(b, []string{fixtureText(n)}) })
	}
	b.Run("generated-1MB", func(b *testing.B) { run(b, generatedReports(1<<20)) })
	// real news, when NEWSMODEL_BENCH_CORPUS names a folder of .txt reports
	if dir := os.Getenv("NEWSMODEL_BENCH_CORPUS"); dir != "" {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var srcs []string
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				srcs = append(srcs, string(data))
			}
		}
		if len(srcs) > 0 {
			b.Run("corpus", func(b *testing.B) { run(b, srcs) })
		}
	}
	b.Run("capitals-100k", func(b *testing.B) { run(b, []string{strings.Repeat("Abc ", 100000) + "said."}) })
}

func BenchmarkMerge(b *testing.B) {
	var all [][]entity.Entity
	for _, s := range generatedReports(1 << 18) {
		a, _ := article.Parse(s)
		all = append(all, entity.Extract(a))
	}
	b.ReportAllocs()
	for b.Loop() {
		entity.Merge(all)
	}
}

func BenchmarkNormalizeName(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		entity.NormalizeName("Bashar al-Assad's")
		entity.NormalizeName("Côte d’Ivoire")
	}
}
