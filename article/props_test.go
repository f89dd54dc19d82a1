package article_test

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

// genSource draws report-like inputs: arbitrary strings and bytes, the
// fixtures, fixtures cut at a random byte, and strings of the characters the
// parser cares about.
var genSource = rapid.OneOf(
	genText,
	rapid.Map(rapid.SampledFrom(newsmodel.FixtureNames()), mustFixture),
	rapid.Custom(func(t *rapid.T) string {
		s := mustFixture(rapid.SampledFrom(newsmodel.FixtureNames()).Draw(t, "name"))
		return s[:rapid.IntRange(0, len(s)).Draw(t, "cut")]
	}),
	rapid.StringOf(rapid.SampledFrom([]rune("date 2016-07-15 title: MOSCOW, July 14 (Reuters) - Mr. U.S. \"“”.!?\n\n\r\t\u00a0aZ"))),
)

func mustFixture(name string) string {
	s, err := newsmodel.Fixture(name)
	if err != nil {
		panic(err)
	}
	return s
}

func checkSpan(t *rapid.T, src, what string, s article.Span) {
	if s == (article.Span{}) {
		return
	}
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		t.Fatalf("%s span %v out of [0,%d]", what, s, len(src))
	}
	if s.Text(src) != src[s.Start:s.End] {
		t.Fatalf("%s: Text differs from the slice", what)
	}
}

func TestParseProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		a, err := article.Parse(src)
		if err != nil {
			var pe *article.ParseError
			if !errors.As(err, &pe) || pe.Pos.Offset < 0 || pe.Pos.Offset > len(src) {
				t.Fatalf("error %v is not a *ParseError within the input", err)
			}
			return
		}
		if a.Source != src {
			t.Fatalf("Source changed")
		}
		checkSpan(t, src, "header", a.Header)
		checkSpan(t, src, "headline", a.Headline)
		for _, f := range a.Meta {
			checkSpan(t, src, "field", f.Span)
			checkSpan(t, src, "field value", f.Value)
			if !f.Span.Contains(f.Value) || !a.Header.Contains(f.Span) {
				t.Fatalf("field %+v outside its header", f)
			}
		}
		for _, s := range []article.Span{a.Dateline.Span, a.Dateline.Place, a.Dateline.DateText, a.Dateline.Agency} {
			checkSpan(t, src, "dateline", s)
		}
		prev := a.Header.End
		for i, p := range a.Paragraphs {
			checkSpan(t, src, "paragraph", p.Span)
			if !p.IsValid() || p.Start < prev {
				t.Fatalf("paragraph %d %v empty, out of order or overlapping (prev end %d)", i, p.Span, prev)
			}
			if p.Kind < article.KindBody || p.Kind > article.KindBoilerplate {
				t.Fatalf("paragraph %d has kind %v", i, p.Kind)
			}
			prev = p.End
		}
		prev = 0
		for _, s := range a.Sentences {
			checkSpan(t, src, "sentence", s.Span)
			if !s.IsValid() || s.Start < prev || !a.Paragraphs[s.Paragraph].Contains(s.Span) {
				t.Fatalf("sentence %v empty, out of order or outside paragraph %d", s.Span, s.Paragraph)
			}
			prev = s.End
		}
	})
}

// Unmarshal(Marshal(a)) gives back a, Source aside (it is not in the JSON).
func TestArticleJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		if !utf8.ValidString(src) {
			return
		}
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back article.Article
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		back.Source = a.Source
		if diff := cmp.Diff(a, &back); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func TestEnumText(t *testing.T) {
	for k := article.KindUnknown; k <= article.KindBoilerplate; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back article.Kind
		if err := back.UnmarshalText(b); err != nil || back != k || k.String() != string(b) {
			t.Errorf("Kind %d: %q -> %v, %v", k, b, back, err)
		}
	}
	for p := article.PrecisionNone; p <= article.PrecisionDay; p++ {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back article.Precision
		if err := back.UnmarshalText(b); err != nil || back != p || p.String() != string(b) {
			t.Errorf("Precision %d: %q -> %v, %v", p, b, back, err)
		}
	}
	if _, err := article.Kind(9).MarshalText(); err == nil {
		t.Error("Kind(9).MarshalText() succeeded")
	}
	var k article.Kind
	if err := k.UnmarshalText([]byte("chapter")); err == nil {
		t.Error(`UnmarshalText("chapter") succeeded`)
	}
	// Enums work as JSON map keys.
	b, err := json.Marshal(map[article.Kind]int{article.KindBody: 2})
	if err != nil || string(b) != `{"body":2}` {
		t.Errorf("map key JSON = %s, %v", b, err)
	}
}
