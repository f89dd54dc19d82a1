package stance_test

import (
	"errors"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/stance"
)

func FuzzParse(f *testing.F) {
	f.Add("Peskov -> United States : support \"favoured cooperation\" via RIA, Zakharova\n# c\n")
	f.Add("\"a\\x00\" -> b : oppose negated hypothetical")
	f.Fuzz(func(t *testing.T, src string) {
		rs, err := stance.Parse(src)
		var pe *stance.ParseError
		if err != nil {
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		again, err := stance.Parse(stance.Format(rs))
		if err != nil || stance.Format(again) != stance.Format(rs) {
			t.Fatalf("print∘parse: %v", err)
		}
	})
}

func FuzzParseLexicon(f *testing.F) {
	f.Add(stance.DefaultLexicon().String())
	f.Add("support X be Y's ally|friend\noppose X work ... against Y\n")
	f.Fuzz(func(t *testing.T, src string) {
		l, err := stance.ParseLexicon(src)
		var pe *stance.ParseError
		if err != nil {
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		again, err := stance.ParseLexicon(l.String())
		if err != nil || again.String() != l.String() {
			t.Fatalf("print ⇄ parse: %v", err)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, n := range fixtureNames {
		f.Add(fixture(f, n))
	}
	for _, c := range sentences {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		checkRelations(t, src, stance.Extract(a, nil, nil))
	})
}
