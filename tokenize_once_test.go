package newsmodel_test

import (
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/internal/text"
	"github.com/newsmodel/newsmodel/stance"
)

// TestAnalyzeTokenizesOnce: Analyze tokenizes each byte of a report's
// sentences once, for all its stages (the times, the actors, the quotes
// and the stances read the same windows).
func TestAnalyzeTokenizesOnce(t *testing.T) {
	for _, name := range newsmodel.FixtureNames() {
		src, err := newsmodel.Fixture(name)
		if err != nil {
			t.Fatal(err)
		}
		before := text.TokenizedBytes()
		an, err := newsmodel.Analyze(src, newsmodel.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := text.TokenizedBytes() - before
		want := int64(0)
		for _, s := range an.Article.Sentences {
			want += int64(s.Span.End - s.Span.Start)
		}
		if got != want {
			t.Errorf("%s: %d bytes tokenized for %d bytes of sentences (%.2f×)", name, got, want, float64(got)/float64(want))
		}
	}
}

// TestAnalyzeCallerLexicon: a caller's lexicon may add cue words the core
// word table lacks; Analyze then reads them (its stance stage rereads the
// windows with the lexicon's table) and finds the stances they cue.
func TestAnalyzeCallerLexicon(t *testing.T) {
	lex, err := stance.DefaultLexicon().Extend("oppose X zorkify Y\n")
	if err != nil {
		t.Fatal(err)
	}
	src := "Councillor Maria Lopez zorkified the mayor at Tuesday's meeting.\n"
	an, err := newsmodel.Analyze(src, newsmodel.Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range an.Stances {
		if r.Cue.Span.Text(src) == "zorkified" && r.Polarity == stance.Oppose {
			found = true
		}
	}
	if !found {
		t.Errorf("no stance cued by a caller's word: %+v", an.Stances)
	}
	plain, err := newsmodel.Analyze(src, newsmodel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(plain.Stances) != 0 {
		t.Errorf("the built-in lexicon found %d stances", len(plain.Stances))
	}
}
