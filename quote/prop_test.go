package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

var fixtureNames = []string{"syria-talks-kremlin-full.txt", "syria-talks-kremlin-wire.txt"}

func fixtureText(name string) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		panic(err)
	}
	return string(b)
}

// genQuoteText draws text rich in quotation marks, apostrophes and cues.
var genQuoteText = rapid.Custom(func(t *rapid.T) string {
	parts := rapid.SliceOf(rapid.SampledFrom([]string{
		`"`, "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''", " ", "\n\n", "\n", ",", ".", ":",
		"he said", "said Kerry", "according to officials", "a senior official", "Putin", "told reporters",
		"quoted him as saying", "we'll", "Russia's", "'90s", "—", "(", ")", "\xff", "that", "the plan",
	})).Draw(t, "parts")
	return strings.Join(parts, "")
})

var genSource = rapid.OneOf(rapid.String(), genQuoteText,
	rapid.Custom(func(t *rapid.T) string {
		s := fixtureText(rapid.SampledFrom(fixtureNames).Draw(t, "name"))
		return s[:rapid.IntRange(0, len(s)).Draw(t, "cut")]
	}))

// checkQuotes checks the invariants of Extract's result on src.
func checkQuotes(t interface{ Fatalf(string, ...any) }, src string, qs []Quote) {
	valid := func(s article.Span) bool { return 0 <= s.Start && s.Start < s.End && s.End <= len(src) }
	var spans []article.Span
	for i, q := range qs {
		if len(q.Content) == 0 {
			t.Fatalf("quote %d has no content", i)
		}
		for _, c := range q.Content {
			if !valid(c) {
				t.Fatalf("quote %d: content %v outside [0,%d]", i, c, len(src))
			}
			if c.Text(src) != src[c.Start:c.End] {
				t.Fatalf("quote %d: text mismatch", i)
			}
			spans = append(spans, c)
		}
		for _, s := range []article.Span{q.Speaker.Span, q.Cue.Span, q.Clause, q.Via.Span} {
			if s != (article.Span{}) && !valid(s) {
				t.Fatalf("quote %d: span %v outside [0,%d]", i, s, len(src))
			}
		}
		if q.Clause.IsValid() && !q.Clause.Contains(q.Span()) {
			t.Fatalf("quote %d: clause %v does not hold content %v", i, q.Clause, q.Span())
		}
		if i > 0 && qs[i-1].Span().Start > q.Span().Start {
			t.Fatalf("quotes out of order at %d", i)
		}
	}
	// No two content fragments overlap unless one holds the other.
	for i := range spans {
		for j := i + 1; j < len(spans) && j < i+50; j++ {
			a, b := spans[i], spans[j]
			if a.Overlaps(b) && !a.Contains(b) && !b.Contains(a) {
				t.Fatalf("fragments %v and %v overlap", a, b)
			}
		}
	}
}

func TestExtractProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		a, err := article.Parse(src)
		if err != nil {
			t.Skip("header error")
		}
		checkQuotes(t, src, Extract(a, nil))
	})
}

func TestNormalizeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), genQuoteText).Draw(t, "s")
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		if !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 out: %q", n)
		}
		if strings.ContainsAny(n, "“”‘’«»") || strings.TrimSpace(n) != n {
			t.Fatalf("not normalised: %q", n)
		}
	})
}

func TestAlignProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		texts := rapid.SliceOfN(rapid.SliceOfN(genQuoteText, 0, 6), 0, 4).Draw(t, "texts")
		for _, g := range Align(texts) {
			if len(g) < 2 {
				t.Fatalf("group of %d", len(g))
			}
			for _, m := range g {
				if m.Report >= len(texts) || m.Quote >= len(texts[m.Report]) {
					t.Fatalf("member %v out of range", m)
				}
			}
		}
	})
}

// Many marks and deep nesting stay linear: a megabyte of each is quick.
func TestLinear(t *testing.T) {
	for name, src := range map[string]string{
		"straight": strings.Repeat(`"a" `, 100000),
		"opening":  strings.Repeat("“", 100000),
		"nested":   strings.Repeat("“‘", 50000) + strings.Repeat("’”", 50000),
		"cues":     strings.Repeat("he said ", 50000),
		"commas":   strings.Repeat(", ", 100000) + `"x," he said.`,
		"mixed":    strings.Repeat("“", 50000) + strings.Repeat(" 'a ", 50000),
	} {
		a := parse(t, src)
		qs := Extract(a, nil)
		checkQuotes(t, src, qs)
		_ = name
	}
}
