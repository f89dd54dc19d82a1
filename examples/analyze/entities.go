package main

import (
	"github.com/newsmodel/newsmodel/entity"
)

// entitiesOf finds the entities of a report and renders them for the JSON
// contract; the entities themselves are returned for the quote and stance
// sections.
func entitiesOf(an analysis) ([]entity.Entity, []entityJSON) {
	ents := entity.Extract(an.a)
	out := make([]entityJSON, 0, len(ents))
	for _, e := range ents {
		j := entityJSON{
			ID:          e.ID,
			Name:        e.Name,
			Kind:        e.Kind.String(),
			Anonymous:   e.Anonymous,
			Titles:      nonNil(e.Titles),
			Affiliation: e.Affiliation,
			Aliases:     nonNil(e.Aliases),
			Mentions:    make([]mentionJSON, 0, len(e.Mentions)),
		}
		for _, m := range e.Mentions {
			j.Mentions = append(j.Mentions, mentionJSON{Start: m.Span.Start, End: m.Span.End, Text: m.Span.Text(an.a.Source), Form: m.Form.String()})
		}
		out = append(out, j)
	}
	return ents, out
}

// entityLinks groups the entities that several reports share; all[i] are
// the entities of report i. Only groups with members in two or more reports
// are links.
func entityLinks(all [][]entity.Entity) []entityLinkJSON {
	out := []entityLinkJSON{}
	for _, g := range entity.Merge(all) {
		reports := map[int]bool{}
		for _, m := range g.Members {
			reports[m.Report] = true
		}
		if len(reports) < 2 {
			continue
		}
		l := entityLinkJSON{Name: g.Name, Members: make([]entityMemberJSON, 0, len(g.Members))}
		for _, m := range g.Members {
			l.Members = append(l.Members, entityMemberJSON{Report: m.Report, Entity: m.Entity})
		}
		out = append(out, l)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
