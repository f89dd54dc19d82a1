package main

import (
	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/stance"
)

// stancesJSON renders the stances of a report.
func stancesJSON(an *newsmodel.Analysis) []stanceJSON {
	out := make([]stanceJSON, 0, len(an.Stances))
	for _, r := range an.Stances {
		j := stanceJSON{
			Holder:   partyJSONOf(r.Holder),
			Target:   partyJSONOf(r.Target),
			Polarity: r.Polarity.String(),
			Negated:  r.Negated,
			Cue:      textSpan(an.Article.Source, r.Cue.Span),
		}
		if r.Evidence.IsValid() {
			j.Evidence = &spanJSON{r.Evidence.Start, r.Evidence.End}
		}
		out = append(out, j)
	}
	return out
}

func partyJSONOf(p stance.Party) partyJSON {
	return partyJSON{Entity: entityRef(p.Entity), Text: p.Text}
}
