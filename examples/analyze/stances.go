package main

import "github.com/newsmodel/newsmodel/stance"

// stancesOf finds the stances of a report; an.entities and an.quotes are filled.
func stancesOf(an analysis) ([]stance.Relation, []stanceJSON) {
	rs := stance.Extract(an.a, an.entities, an.quotes)
	out := make([]stanceJSON, 0, len(rs))
	for _, r := range rs {
		out = append(out, stanceJSON{
			Holder:   partyOf(r.Holder),
			Target:   partyOf(r.Target),
			Polarity: r.Polarity.String(),
			Negated:  r.Negated,
			Cue:      textSpan(an.a.Source, r.Cue.Span),
			Evidence: evidenceOf(r),
		})
	}
	return rs, out
}

func partyOf(p stance.Party) partyJSON {
	j := partyJSON{Text: p.Text}
	if p.Entity != "" {
		id := p.Entity
		j.Entity = &id
	}
	return j
}

func evidenceOf(r stance.Relation) *spanJSON {
	if !r.Evidence.IsValid() {
		return nil
	}
	return &spanJSON{r.Evidence.Start, r.Evidence.End}
}
