package stance_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/newsmodel/newsmodel/stance"
)

func TestDefaultLexicon(t *testing.T) {
	l := stance.DefaultLexicon()
	if n := len(l.Entries()); n < 100 {
		t.Errorf("default lexicon has %d entries", n)
	}
	again, err := stance.ParseLexicon(l.String())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(l.Entries(), again.Entries()); d != "" {
		t.Errorf("parse ⇄ print (-want +got):\n%s", d)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, tc := range []struct {
		src, pos string
		err      error
	}{
		{"support X backs Y\nlikes X loves Y", "2:1", stance.ErrPolarity},
		{"oppose X Y", "1:8", stance.ErrPattern},
		{"oppose X resist X", "1:17", stance.ErrPattern},
		{"support X Backs Y", "1:11", stance.ErrSyntax},
		{"support ... back Y", "1:9", stance.ErrPattern},
		{"support", "1:8", stance.ErrPattern},
		{"unknown X back Y", "1:1", stance.ErrPolarity},
	} {
		_, err := stance.ParseLexicon(tc.src)
		var pe *stance.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tc.err) || pe.Pos.String() != tc.pos {
			t.Errorf("ParseLexicon(%q) = %v, want %v at %s", tc.src, err, tc.err, tc.pos)
		}
	}
}

var genEntry = rapid.Custom(func(t *rapid.T) stance.Entry {
	word := rapid.StringMatching(`[a-z]{1,8}(\|[a-z]{1,8})?`).Filter(func(w string) bool { return w != "be" }) // "be" alone is no cue word
	var toks []string
	if rapid.Bool().Draw(t, "x") {
		toks = append(toks, rapid.SampledFrom([]string{"X", "X's"}).Draw(t, "xs"))
	}
	if rapid.Bool().Draw(t, "be") {
		toks = append(toks, "be")
	}
	for _, w := range rapid.SliceOfN(word, 1, 4).Draw(t, "words") {
		toks = append(toks, w)
	}
	if rapid.Bool().Draw(t, "y") {
		toks = append(toks, rapid.SampledFrom([]string{"Y", "Y's"}).Draw(t, "ys"))
	}
	return stance.Entry{
		Polarity: rapid.SampledFrom([]stance.Polarity{stance.Support, stance.Oppose, stance.Neutral}).Draw(t, "pol"),
		Pattern:  strings.Join(toks, " "),
	}
})

func TestLexiconRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		es := rapid.SliceOfN(genEntry, 1, 6).Draw(t, "entries")
		var b strings.Builder
		for _, e := range es {
			b.WriteString("  " + e.Polarity.String() + "\t" + e.Pattern + "  \n# comment\n\n")
		}
		l, err := stance.ParseLexicon(b.String())
		if err != nil {
			t.Fatalf("ParseLexicon: %v", err)
		}
		if d := cmp.Diff(es, l.Entries()); d != "" {
			t.Fatalf("entries (-want +got):\n%s", d)
		}
		again, err := stance.ParseLexicon(l.String())
		if err != nil || again.String() != l.String() {
			t.Fatalf("print ⇄ parse: %v\n%s\n%s", err, l.String(), again.String())
		}
	})
}

func TestLexiconExtend(t *testing.T) {
	l, err := stance.DefaultLexicon().Extend("oppose X snipe at Y\n")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(l.Entries()), len(stance.DefaultLexicon().Entries())+1; got != want {
		t.Fatalf("Extend: %d entries, want %d", got, want)
	}
	rs := extractWith(t, &stance.Extractor{Lexicon: l}, "The coach sniped at the referee on Sunday.")
	if !has(rs, "coach", "referee", stance.Oppose) {
		t.Errorf("extended cue not used: %v", rs)
	}
	if rs := extractWith(t, nil, "The coach sniped at the referee on Sunday."); len(rs) != 0 {
		t.Errorf("default lexicon found %v", rs)
	}
	if _, err := l.Extend("nonsense"); err == nil {
		t.Error("Extend(nonsense) succeeded")
	}
}
