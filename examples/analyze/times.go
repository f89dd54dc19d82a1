package main

// timesJSON lists the time expressions of a report, resolved against the
// report's own date or the caller's -date. The value is the TimeML value
// ("2016-07-14", "2016-W28", "P3M", "PRESENT_REF"), "" when unresolved.
func timesJSON(an analysis) []timeJSON {
	out := []timeJSON{}
	for _, t := range an.a.Times(an.ref) {
		out = append(out, timeJSON{
			Start: t.Span.Start,
			End:   t.Span.End,
			Text:  t.Span.Text(an.a.Source),
			Value: t.TimeML(),
		})
	}
	return out
}
