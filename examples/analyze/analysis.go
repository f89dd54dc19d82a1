package main

import (
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

// analysis is everything found in one report.
type analysis struct {
	a        *article.Article
	ref      article.Date // the date relative expressions resolve against
	entities []entity.Entity
	quotes   []quote.Quote
	stances  []stance.Relation

	entitiesJSON []entityJSON
	quotesJSON   []quoteJSON
	stancesJSON  []stanceJSON
}

// analyze parses src and finds its items; ref is the caller's reference date.
func analyze(src string, ref article.Date) (analysis, error) {
	a, err := (&article.Parser{Reference: ref}).Parse(src)
	if err != nil {
		return analysis{}, err
	}
	an := analysis{a: a, ref: a.Date}
	if an.ref.IsZero() {
		an.ref = ref
	}
	an.entities, an.entitiesJSON = entitiesOf(an)
	an.quotes, an.quotesJSON = quotesOf(an)
	an.stances, an.stancesJSON = stancesOf(an)
	return an, nil
}

// report renders an for the JSON contract.
func (an analysis) report(file string) report {
	return report{
		File:     file,
		Article:  articleOf(an.a),
		Entities: orEmpty(an.entitiesJSON),
		Quotes:   orEmpty(an.quotesJSON),
		Times:    orEmpty(timesJSON(an)),
		Stances:  orEmpty(an.stancesJSON),
	}
}

func articleOf(a *article.Article) articleJSON {
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

// linksJSON links the entities and quotes that several reports share.
func linksJSON(all []analysis) links {
	ents := make([][]entity.Entity, len(all))
	for i, an := range all {
		ents[i] = an.entities
	}
	return links{Entities: orEmpty(entityLinks(ents)), Quotes: orEmpty(quoteLinks(all))}
}

// textSpan renders s with its text, or nil for the zero span.
func textSpan(src string, s article.Span) *textSpanJSON {
	if !s.IsValid() {
		return nil
	}
	return &textSpanJSON{Text: s.Text(src), Start: s.Start, End: s.End}
}

// orEmpty returns s, or an empty slice for nil, so that JSON prints [].
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
