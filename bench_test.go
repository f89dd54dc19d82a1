package newsmodel_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel"
)

// benchCorpora returns the inputs every root benchmark runs over: about 1 MB
// of generated reports, one per b.Run, and, when NEWSMODEL_BENCH_CORPUS
// names a folder of .txt reports (such as ../shared/corpora/polnear-dev/docs),
// those reports too.
func benchCorpora(b *testing.B) map[string][]string {
	b.Helper()
	sets := map[string][]string{"generated-1MB": newsmodel.Generate(1, 1<<20)}
	if dir := os.Getenv("NEWSMODEL_BENCH_CORPUS"); dir != "" {
		names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(names) == 0 {
			b.Fatalf("NEWSMODEL_BENCH_CORPUS=%s: no .txt files (%v)", dir, err)
		}
		slices.Sort(names)
		var docs []string
		for _, n := range names {
			t, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(t))
		}
		sets["corpus-"+filepath.Base(filepath.Clean(dir))] = docs
	}
	return sets
}

func totalLen(docs []string) int64 {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return int64(n)
}

// sortedKeys returns the names of the benchmark inputs in a fixed order.
func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// asciiClass classifies ASCII bytes for scan: 1 for a word byte, 2 for a
// quotation mark.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = 1
		case c == '"' || c == '\'':
			t[c] = 2
		}
	}
	return t
}()

// scan is the floor every other figure is read against: one pass over the
// bytes that validates UTF-8 and counts words and quotation marks, the least
// any analysis of the text must do.
func scan(s string) (valid bool, words, quotes int) {
	valid = true
	inWord := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			class := asciiClass[c]
			if class == 1 {
				if !inWord {
					words++
					inWord = true
				}
				continue
			}
			inWord = false
			if class == 2 {
				quotes++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			valid = false
		}
		switch r {
		case '“', '”', '‘', '’', '«', '»', '„':
			quotes++
		}
		letter := unicode.IsLetter(r)
		if letter && !inWord {
			words++
		}
		inWord = letter
	}
	return valid, words, quotes
}

// BenchmarkScan measures the floor: [scan] over the benchmark corpora. Read
// the other benchmarks of this package as ratios to it.
func BenchmarkScan(b *testing.B) {
	benchEach(b, func(b *testing.B, doc string) { scan(doc) })
}

// benchEach runs one sub-benchmark per input set of benchCorpora, calling
// fn on every document of the set in each iteration.
func benchEach(b *testing.B, fn func(b *testing.B, doc string)) {
	sets := benchCorpora(b)
	for _, name := range sortedKeys(sets) {
		docs := sets[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(totalLen(docs))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					fn(b, d)
				}
			}
		})
	}
}

func TestScan(t *testing.T) {
	valid, words, quotes := scan("“We’ll see,” he said. \"Fine\" \xff")
	if valid || words != 6 || quotes != 5 {
		t.Errorf("scan = %v, %d words, %d quotes; want false, 6, 5", valid, words, quotes)
	}
	if !strings.Contains(newsmodel.Generate(3, 1000)[0], " ") {
		t.Error("generated text has no words")
	}
}

// BenchmarkAnalyze measures the whole pipeline ([newsmodel.Analyze]: parse,
// sentences, times, entities, quotes, stances) over the same inputs as
// [BenchmarkScan], so its speed reads as a ratio to that floor.
//
// Targets: at least 1/15 of the floor's MB/s on real news and 1/25 on
// generated news, with no more allocations per MB than the pipeline made
// before its stages shared one reading (2,100 per 415 KB of real news).
func BenchmarkAnalyze(b *testing.B) {
	benchEach(b, func(b *testing.B, doc string) {
		if _, err := newsmodel.Analyze(doc, newsmodel.Options{}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkReportWriteJSON measures rendering analysed reports as JSON
// Lines ([newsmodel.Report.WriteJSON] into a reused buffer), over the same
// inputs as [BenchmarkScan]; the analyses are made before the timer
// starts. MB/s counts the input's bytes, so that it reads beside
// BenchmarkAnalyze: a batch command spends the sum of both.
func BenchmarkReportWriteJSON(b *testing.B) {
	sets := benchCorpora(b)
	for _, name := range sortedKeys(sets) {
		docs := sets[name]
		ans := make([]*newsmodel.Analysis, len(docs))
		for i, d := range docs {
			an, err := newsmodel.Analyze(d, newsmodel.Options{})
			if err != nil {
				b.Fatal(err)
			}
			ans[i] = an
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(totalLen(docs))
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				for _, an := range ans {
					buf.Reset()
					if err := (newsmodel.Report{File: "report.txt", Analysis: an}).WriteJSON(&buf); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
