package main

import "github.com/newsmodel/newsmodel/article"

// analysis is everything found in one report.
type analysis struct {
	a   *article.Article
	ref article.Date // the date relative expressions resolve against
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
	return an, nil
}

// report renders an for the JSON contract.
func (an analysis) report(file string) report {
	r := report{
		File:     file,
		Article:  articleOf(an.a),
		Entities: []entityJSON{},
		Quotes:   []quoteJSON{},
		Times:    timesJSON(an),
		Stances:  []stanceJSON{},
	}
	return r
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
	return links{Entities: []entityLinkJSON{}, Quotes: []quoteLinkJSON{}}
}

func textSpan(src string, s article.Span) *textSpanJSON {
	if !s.IsValid() {
		return nil
	}
	return &textSpanJSON{Text: s.Text(src), Start: s.Start, End: s.End}
}
