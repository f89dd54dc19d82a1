package main

import (
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
)

// report renders one analysed report for the JSON contract.
func reportJSON(file string, an *newsmodel.Analysis) report {
	return report{
		File:     file,
		Article:  articleJSONOf(an.Article),
		Entities: entitiesJSON(an),
		Quotes:   quotesJSON(an),
		Times:    timesJSON(an),
		Stances:  stancesJSON(an),
	}
}

func articleJSONOf(a *article.Article) articleJSON {
	j := articleJSON{Paragraphs: []paragraphJSON{}}
	if !a.Date.IsZero() {
		d := a.Date.String()
		j.Date = &d
	}
	if a.Headline.IsValid() {
		j.Headline = &spanJSON{a.Headline.Start, a.Headline.End}
	}
	for _, p := range a.Paragraphs {
		j.Paragraphs = append(j.Paragraphs, paragraphJSON{p.Start, p.End, p.Kind.String()})
	}
	return j
}

// linksJSON renders what the reports share: actors named in two or more
// reports, and aligned quotes.
func linksJSON(c *newsmodel.Comparison) links {
	l := links{Entities: []entityLinkJSON{}, Quotes: []quoteLinkJSON{}}
	for _, g := range c.Actors {
		reports := map[int]bool{}
		for _, m := range g.Members {
			reports[m.Report] = true
		}
		if len(reports) < 2 {
			continue
		}
		e := entityLinkJSON{Name: g.Name, Members: []entityMemberJSON{}}
		for _, m := range g.Members {
			e.Members = append(e.Members, entityMemberJSON{Report: m.Report, Entity: m.Entity})
		}
		l.Entities = append(l.Entities, e)
	}
	for _, g := range c.Quotes {
		q := quoteLinkJSON{Members: []quoteMemberJSON{}}
		for _, m := range g {
			q.Members = append(q.Members, quoteMemberJSON{Report: m.Report, Quote: m.Quote})
		}
		l.Quotes = append(l.Quotes, q)
	}
	return l
}

// textSpan renders s with its text, or nil for the zero span.
func textSpan(src string, s article.Span) *textSpanJSON {
	if !s.IsValid() {
		return nil
	}
	return &textSpanJSON{Text: s.Text(src), Start: s.Start, End: s.End}
}

// entityRef renders an entity ID, or nil for none.
func entityRef(id string) *string {
	if id == "" {
		return nil
	}
	return &id
}

// orEmpty returns s, or an empty slice for nil, so that JSON prints [].
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
