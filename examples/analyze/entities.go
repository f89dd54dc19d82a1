package main

import "github.com/newsmodel/newsmodel"

// entitiesJSON renders the entities of a report.
func entitiesJSON(an *newsmodel.Analysis) []entityJSON {
	out := make([]entityJSON, 0, len(an.Entities))
	for _, e := range an.Entities {
		j := entityJSON{
			ID:          e.ID,
			Name:        e.Name,
			Kind:        e.Kind.String(),
			Anonymous:   e.Anonymous,
			Titles:      orEmpty(e.Titles),
			Affiliation: e.Affiliation,
			Aliases:     orEmpty(e.Aliases),
			Mentions:    make([]mentionJSON, 0, len(e.Mentions)),
		}
		for _, m := range e.Mentions {
			j.Mentions = append(j.Mentions, mentionJSON{Start: m.Span.Start, End: m.Span.End, Text: m.Span.Text(an.Article.Source), Form: m.Form.String()})
		}
		out = append(out, j)
	}
	return out
}
