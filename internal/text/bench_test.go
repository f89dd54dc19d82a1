package text

import (
	"strings"
	"testing"
)

// BenchmarkRead reads the fixture reports line by line: tokens, tags,
// chunks and links.
func BenchmarkRead(b *testing.B) {
	src := strings.Join(fixtures(b), "\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	r := GetReader(nil)
	for b.Loop() {
		r.Reset(src)
		start := 0
		for i, line := range strings.SplitAfter(src, "\n") {
			r.Add(i, start, start+len(line))
			start += len(line)
		}
		r.Window()
	}
}

// BenchmarkReadWhole reads a fixture as one sentence, the worst case of a
// report with no sentence breaks.
func BenchmarkReadWhole(b *testing.B) {
	src := fixtures(b)[0]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Core().Read(src, 0, len(src))
	}
}

// BenchmarkTokenize reads tokens only.
func BenchmarkTokenize(b *testing.B) {
	src := strings.Join(fixtures(b), "\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var toks []Token
	for b.Loop() {
		toks = Core().Tokenize(toks[:0], src, 0, len(src))
	}
}
