package main

import "github.com/newsmodel/newsmodel"

// timesJSON renders the time expressions of a report. The value is the
// TimeML value ("2016-07-14", "2016-W28", "P3M", "PRESENT_REF"), "" when
// unresolved.
func timesJSON(an *newsmodel.Analysis) []timeJSON {
	out := make([]timeJSON, 0, len(an.Times))
	for _, t := range an.Times {
		out = append(out, timeJSON{Start: t.Span.Start, End: t.Span.End, Text: t.Span.Text(an.Article.Source), Value: t.TimeML()})
	}
	return out
}
