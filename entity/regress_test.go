package entity_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// TestTextEndingInDescription: a report cut right after an anonymous
// description's preposition ("officials at the") once read past its last
// token.
func TestTextEndingInDescription(t *testing.T) {
	src, err := newsmodel.Fixture(newsmodel.KremlinWire)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []string{"officials at the", "officials at", "critics of"} {
		text := src
		if i := strings.Index(src, cut); i >= 0 {
			text = src[:i+len(cut)]
		} else {
			text = "Opposition is shared by a number of " + cut
		}
		a, err := article.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entity.Extract(a) {
			for _, m := range e.Mentions {
				if m.Span.End > len(text) {
					t.Errorf("cut %q: mention %v past the end", cut, m.Span)
				}
			}
		}
	}
}
