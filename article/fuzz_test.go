package article_test

import (
	"errors"
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
