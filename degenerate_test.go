package newsmodel_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/newsmodel/newsmodel"
	"pgregory.net/rapid"
)

// TestMarksWithoutWords: text made of quotation marks alone has nothing to
// report, whatever its length: a megabyte of " once gave 524,288 empty
// direct quotes and 129 MB of JSON.
func TestMarksWithoutWords(t *testing.T) {
	for _, src := range []string{
		strings.Repeat(`"`, 1<<20),
		strings.Repeat(`“”`, 1<<16),
		strings.Repeat(`'' `, 1<<16),
		strings.Repeat("\"...\"\n\n", 1<<14),
	} {
		an, err := newsmodel.Analyze(src, newsmodel.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(an.Quotes) != 0 {
			t.Errorf("%d quotes in %.12q… (%d bytes), want none", len(an.Quotes), src, len(src))
		}
		var b bytes.Buffer
		if err := (newsmodel.Report{Analysis: an}).WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		if limit := 64 + 48*len(an.Article.Paragraphs) + 256; b.Len() > limit {
			t.Errorf("%d bytes of JSON for %.12q…, over %d", b.Len(), src, limit)
		}
	}
}

// TestItemsHaveWords checks on arbitrary input that every quote, mention,
// time expression and stance cue found holds a letter or a digit: items
// are made of content, so their number cannot outgrow it.
func TestItemsHaveWords(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genReport.Draw(t, "src")
		an, err := newsmodel.Analyze(src, newsmodel.Options{})
		if err != nil {
			return
		}
		hasWord := func(what, s string) {
			if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				t.Fatalf("%s %q has no letter or digit", what, s)
			}
		}
		for _, q := range an.Quotes {
			hasWord("quote", q.Extent().Text(src))
		}
		for _, e := range an.Entities {
			for _, m := range e.Mentions {
				hasWord("mention", m.Span.Text(src))
			}
		}
		for _, tm := range an.Times {
			hasWord("time", tm.Span.Text(src))
		}
		for _, r := range an.Stances {
			hasWord("stance cue", r.Cue.Span.Text(src))
		}
	})
}
