package article_test

import (
	"errors"
	"os"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

func FuzzParse(f *testing.F) {
	for _, name := range newsmodel.FixtureNames() {
		f.Add(mustFixture(name))
	}
	f.Add("title: T\ndate: 2016-02-30\n\nBody.")
	f.Add("MOSCOW, July 14 (Reuters) - Kerry met Putin.\n\n(Reporting by A; Editing by B)")
	f.Add("\"Unclosed. Quote.\n\n“Curly.” Mr. U.S. Jan. 5.")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := article.Parse(src)
		if err != nil {
			var pe *article.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		prev := 0
		for _, p := range a.Paragraphs {
			if p.Start < prev || p.End > len(src) || !p.IsValid() {
				t.Fatalf("paragraph %v bad (prev %d, len %d)", p.Span, prev, len(src))
			}
			prev = p.End
		}
		for _, s := range a.Sentences {
			if !a.Paragraphs[s.Paragraph].Contains(s.Span) || !s.IsValid() {
				t.Fatalf("sentence %v outside its paragraph", s.Span)
			}
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, name := range newsmodel.FixtureNames() {
		f.Add(mustFixture(name))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if once := article.Fold(s); article.Fold(once) != once {
			t.Fatalf("Fold not idempotent on %q", s)
		}
	})
}

// fuzzSeeds are the fixture reports and short texts of our own.
func fuzzSeeds(f *testing.F) []string {
	seeds := []string{
		"July 15, 2016", "15 July 2016", "Jul. 15", "Sept. 30", "2016-07-15", "2016-W28", "2016-13-45",
		"Thursday, July 14, 2016", "September 2015", "Feb. 29", "May 5th",
		"He will meet them on Friday, two weeks after talks last September.",
		"Profit in the third quarter rose from a year earlier; the 1990s; mid-November; 3 p.m.",
		"\xff\xfeJuly 1\xff 2016",
	}
	for _, name := range []string{"syria-talks-kremlin-full.txt", "syria-talks-kremlin-wire.txt"} {
		if b, err := os.ReadFile("../testdata/" + name); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	return seeds
}

func FuzzParseDate(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	ref := article.DayDate(2016, 7, 15)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := article.ParseDate(s, ref)
		if err != nil {
			var pe *article.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%q: %T is not a *ParseError", s, err)
			}
			if !errors.Is(err, article.ErrSyntax) && !errors.Is(err, article.ErrRange) && !errors.Is(err, article.ErrNoYear) {
				t.Fatalf("%q: %v has no sentinel", s, err)
			}
			return
		}
		var back article.Date
		if err := back.UnmarshalText([]byte(d.String())); err != nil || back != d {
			t.Fatalf("%q -> %v does not round-trip: %v %v", s, d, back, err)
		}
	})
}

func FuzzTimes(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	ref := article.DayDate(2016, 7, 15)
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range article.FindTimes(s, article.Span{Start: 0, End: len(s)}, ref) {
			if x.Span.Start < prev || x.Span.End > len(s) || !x.Span.IsValid() {
				t.Fatalf("span %v (previous end %d) in %d bytes", x.Span, prev, len(s))
			}
			prev = x.Span.End
		}
		// One body paragraph: the parser has a fuzz target of its own.
		a := &article.Article{Source: s, Paragraphs: []article.Paragraph{
			{Span: article.Span{Start: 0, End: len(s)}, Kind: article.KindBody}}}
		for _, x := range a.Times(ref) {
			if x.Span.End > len(s) || !x.Span.IsValid() {
				t.Fatalf("span %v in %d bytes", x.Span, len(s))
			}
		}
	})
}
