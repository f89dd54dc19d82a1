package main

import (
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/quote"
)

// quotesJSON renders the quotes of a report. A partial quote's content is
// the reported clause around its quoted words (its Extent), as the contract
// scores attributions; "text" covers the content from first to last byte.
func quotesJSON(an *newsmodel.Analysis) []quoteJSON {
	src := an.Article.Source
	out := make([]quoteJSON, 0, len(an.Quotes))
	for _, q := range an.Quotes {
		j := quoteJSON{Kind: q.Kind.String(), Text: q.Extent().Text(src), Content: []spanJSON{}}
		if q.Kind == quote.KindPartial && q.Clause.IsValid() {
			j.Content = append(j.Content, spanJSON{q.Clause.Start, q.Clause.End})
		} else {
			for _, c := range q.Content {
				j.Content = append(j.Content, spanJSON{c.Start, c.End})
			}
		}
		if sp := q.Speaker.Span; sp.IsValid() {
			j.Speaker = &speakerJSON{Entity: entityRef(q.Speaker.Entity), Text: sp.Text(src), Start: sp.Start, End: sp.End}
		}
		j.Cue = textSpan(src, q.Cue.Span)
		out = append(out, j)
	}
	return out
}
