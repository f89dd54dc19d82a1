package main

import (
	"github.com/newsmodel/newsmodel/quote"
)

// quotesOf finds the quotes of a report; an.entities is filled.
func quotesOf(an analysis) ([]quote.Quote, []quoteJSON) {
	src := an.a.Source
	qs := quote.Extract(an.a, an.entities)
	js := make([]quoteJSON, 0, len(qs))
	for _, q := range qs {
		ext := q.Extent()
		j := quoteJSON{Kind: q.Kind.String(), Text: ext.Text(src), Content: []spanJSON{}}
		if q.Kind == quote.KindPartial && q.Clause.IsValid() {
			j.Content = append(j.Content, spanJSON{q.Clause.Start, q.Clause.End})
		} else {
			for _, c := range q.Content {
				j.Content = append(j.Content, spanJSON{c.Start, c.End})
			}
		}
		if sp := q.Speaker.Span; sp.IsValid() {
			s := &speakerJSON{Text: sp.Text(src), Start: sp.Start, End: sp.End}
			if q.Speaker.Entity != "" {
				id := q.Speaker.Entity
				s.Entity = &id
			}
			j.Speaker = s
		}
		j.Cue = textSpan(src, q.Cue.Span)
		js = append(js, j)
	}
	return qs, js
}

// quoteLinks aligns the quotes several reports share.
func quoteLinks(all []analysis) []quoteLinkJSON {
	texts := make([][]string, len(all))
	for r, an := range all {
		for _, q := range an.quotes {
			t := ""
			if q.Kind != quote.KindIndirect {
				t = q.Text(an.a.Source)
			}
			texts[r] = append(texts[r], t)
		}
	}
	var out []quoteLinkJSON
	for _, g := range quote.Align(texts) {
		l := quoteLinkJSON{}
		for _, m := range g {
			l.Members = append(l.Members, quoteMemberJSON{Report: m.Report, Quote: m.Quote})
		}
		out = append(out, l)
	}
	return out
}
