package quote

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
)

// plainArticle builds an Article by hand, one body paragraph per block
// of text between blank lines, so that the fuzz target exercises this
// package alone.
func plainArticle(src string) *article.Article {
	a := &article.Article{Source: src}
	start := 0
	for start <= len(src) {
		end := strings.Index(src[start:], "\n\n")
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if end > start {
			a.Paragraphs = append(a.Paragraphs, article.Paragraph{Span: article.Span{Start: start, End: end}, Kind: article.KindBody})
			for _, s := range article.SplitSentences(src, article.Span{Start: start, End: end}) {
				a.Sentences = append(a.Sentences, article.Sentence{Span: s, Paragraph: len(a.Paragraphs) - 1})
			}
		}
		start = end + 2
	}
	return a
}

func FuzzExtract(f *testing.F) {
	for _, n := range fixtureNames {
		f.Add(fixtureText(n))
	}
	f.Add(`"A," she said, "B." 'C,' he said. «D» — X`)
	f.Add("“unclosed\n\n“reopened,” said the minister.")
	f.Add("AAAAAAAAAAAAAAA' ")
	f.Add("He said " + strings.Repeat(",", 300) + " end.")
	f.Add("Lenox grew, Mr. Clarke said, until 1999, according to Smith, Jones, Brown, said.")
	f.Fuzz(func(t *testing.T, src string) {
		checkQuotes(t, src, Extract(plainArticle(src), nil))
		if a, err := article.Parse(src); err == nil {
			checkQuotes(t, src, Extract(a, nil))
		}
		if n := Normalize(src); Normalize(n) != n {
			t.Fatalf("Normalize not idempotent on %q", src)
		}
	})
}
