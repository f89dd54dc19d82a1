package quote

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

// TestEmptyQuotes checks that quotation marks with no letter or digit
// between them quote nothing, in the styles writers and broken feeds give,
// while short real quotes stay quotes.
func TestEmptyQuotes(t *testing.T) {
	tests := []struct {
		name, src string
		quotes    []string // the content text of each quote, in order
	}{
		{"a pair of straight marks", `""`, nil},
		{"an empty pair before a cue", `"" said the spokesman.`, nil},
		{"an ellipsis in marks", `"..." the minister said, and left.`, nil},
		{"curly, single and guillemet pairs", `“” ‘’ «» „“`, nil},
		{"nested empty marks", `"“‘’”" he said.`, nil},
		{"a run of marks", strings.Repeat(`"`, 101), nil},
		{"marks on every line", strings.Repeat("\"\n", 50), nil},
		{"typewriter double marks", "`` '' he said.", nil},
		{"an unclosed mark before spaces", "The sign read \" \n\nNext paragraph.", nil},
		{"a one-word wire quote", `The minister called the plan "dead."`, []string{`"dead."`}},
		{"a figure in marks", `Asked how many had died, he said: "12."`, []string{`"12."`}},
		{"a question in marks with a word", `"Why?" the coach asked.`, []string{`"Why?"`}},
		{"non-Latin letters", `Le Monde headlined «Été».`, []string{`«Été»`}},
		{"an empty pair beside a real quote", `"" "We will win," she said.`, []string{`"We will win,"`}},
	}
	reported := []struct {
		name, src string
		quotes    []string
	}{
		{"according to, then a stray mark", `According to officials, "`, nil},
		{"according to, then a mark and an ellipsis", `according to officials "..."`, nil},
		{"according to, then a clause", `According to officials, the talks failed.`, []string{"the talks failed"}},
	}
	for _, tt := range reported {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			var got []string
			for _, q := range Extract(a, nil) {
				got = append(got, q.Span().Text(a.Source))
			}
			if diff := cmp.Diff(tt.quotes, got); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			var got []string
			for _, q := range (Extractor{NoIndirect: true}).Extract(a, nil) {
				got = append(got, q.Span().Text(a.Source))
			}
			if diff := cmp.Diff(tt.quotes, got); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEmptyQuotesMegabyte: a megabyte of straight double quotes, which once
// gave 524,288 empty quotes, gives none.
func TestEmptyQuotesMegabyte(t *testing.T) {
	a := parse(t, strings.Repeat(`"`, 1<<20))
	if qs := Extract(a, nil); len(qs) != 0 {
		t.Errorf("%d quotes in a megabyte of quotation marks, want 0", len(qs))
	}
}

// TestQuotesHaveWords checks on arbitrary text that every quote's content
// holds a letter or a digit.
func TestQuotesHaveWords(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		for i, q := range Extract(a, nil) {
			text := q.Span().Text(src)
			if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				t.Fatalf("quote %d has no word: %q", i, text)
			}
		}
	})
}

// TestFunctionWordContent: reported speech of function words alone is no
// quote; a pronoun is what was said about and stays.
func TestFunctionWordContent(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{"The problem is how many victims the war will call for.\n", 0},
		{"Ivanka Trump mentioned it in an interview.\n", 1},
	} {
		a := parse(t, c.src)
		n := 0
		for _, q := range Extract(a, nil) {
			if q.Kind == KindIndirect {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d reported quotes, want %d:\n%s", c.src, n, c.want, dump(a.Source, Extract(a, nil)))
		}
	}
}
