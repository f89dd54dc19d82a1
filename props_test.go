package newsmodel_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

// genReport draws report-like input: arbitrary strings and bytes (invalid
// UTF-8 included), fixtures and generated reports cut at a random byte, and
// strings of the characters the rules look at.
var genReport = rapid.OneOf(
	rapid.String(),
	rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
	rapid.Custom(func(t *rapid.T) string {
		var s string
		if rapid.Bool().Draw(t, "generated") {
			s = newsmodel.Generate(rapid.Uint64().Draw(t, "seed"), 1)[0]
		} else {
			s, _ = newsmodel.Fixture(rapid.SampledFrom(newsmodel.FixtureNames()).Draw(t, "name"))
		}
		return s[:rapid.IntRange(0, len(s)).Draw(t, "cut")]
	}),
	rapid.StringOf(rapid.SampledFrom([]rune("Kerry said he Mr. U.S. \"“”‘’'«» ,.:;-—\n\nMOSCOW (Reuters) - backs not on Friday according to quoted as saying"))),
)

// TestAnalyzeSpans checks, on arbitrary input, that every item the
// pipeline finds — paragraphs, sentences, header, dateline, times,
// mentions, quotes with speakers and cues, stances with parties, cues and
// evidence — lies within the input, and that every text kept beside a span
// is the text the span covers.
func TestAnalyzeSpans(t *testing.T) { rapid.Check(t, analyzeSpans) }

// FuzzAnalyze runs the same property under the coverage-guided fuzzer.
func FuzzAnalyze(f *testing.F) { f.Fuzz(rapid.MakeFuzz(analyzeSpans)) }

func analyzeSpans(t *rapid.T) {
	src := genReport.Draw(t, "src")
	an, err := newsmodel.Analyze(src, newsmodel.Options{Reference: article.DayDate(2016, 7, 15)})
	if err != nil {
		var pe *article.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v is not an *article.ParseError", err)
		}
		return
	}
	check := func(what string, s article.Span, text ...string) {
		if s == (article.Span{}) {
			return
		}
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Fatalf("%s: span %v outside [0,%d]", what, s, len(src))
		}
		for _, txt := range text {
			if txt != src[s.Start:s.End] {
				t.Fatalf("%s: text %q, span covers %q", what, txt, src[s.Start:s.End])
			}
		}
	}
	a := an.Article
	check("header", a.Header)
	check("headline", a.Headline)
	check("dateline", a.Dateline.Span)
	check("dateline place", a.Dateline.Place)
	check("dateline date", a.Dateline.DateText)
	check("dateline agency", a.Dateline.Agency)
	for _, f := range a.Meta {
		check("field", f.Span)
		check("field value", f.Value)
	}
	for _, p := range a.Paragraphs {
		check("paragraph", p.Span)
	}
	for _, s := range a.Sentences {
		check("sentence", s.Span)
	}
	for _, tm := range an.Times {
		check("time", tm.Span)
	}
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m.Span)
		}
	}
	for i, q := range an.Quotes {
		w := fmt.Sprintf("quote %d", i)
		for _, c := range q.Content {
			check(w+" content", c)
		}
		check(w+" clause", q.Clause)
		check(w+" speaker", q.Speaker.Span)
		check(w+" cue", q.Cue.Span)
		check(w+" via", q.Via.Span)
		if q.Speaker.Entity != "" && an.Entity(q.Speaker.Entity) == nil {
			t.Fatalf("%s: speaker entity %q does not exist", w, q.Speaker.Entity)
		}
	}
	for i, r := range an.Stances {
		w := fmt.Sprintf("stance %d", i)
		check(w+" holder", r.Holder.Span)
		check(w+" target", r.Target.Span)
		check(w+" cue", r.Cue.Span, r.Cue.Text)
		check(w+" evidence", r.Evidence)
		for _, p := range r.Via {
			check(w+" via", p.Span)
		}
		for _, p := range []string{r.Holder.Entity, r.Target.Entity} {
			if p != "" && an.Entity(p) == nil {
				t.Fatalf("%s: party entity %q does not exist", w, p)
			}
		}
	}
}
