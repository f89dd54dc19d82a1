package newsmodel

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/quote"
)

// A Report renders one analysed report as the report object of the JSON
// contract (README, "JSON contract"): the element of "reports" that
// examples/analyze prints, and one line of its JSON Lines output. Keys
// come in the contract's order, lists in document order, and every
// "text" is the text its span covers in Analysis.Article.Source; a text
// with invalid UTF-8 shows U+FFFD for each bad byte, which JSON cannot
// carry, while its span stays exact.
//
// Report is a [json.Marshaler]: use it with [json.Marshal], or inside
// values of your own. [Report.WriteJSON] writes it as one line of JSON
// Lines, the fast way for batches: straight to the writer, without the
// copy and second pass that encoding/json gives a Marshaler's output.
//
// A Report is plain data, safe for concurrent use if not modified.
type Report struct {
	// File names the report's file, the "file" key; "" leaves the key out.
	File string
	// ID identifies the report among records that have no file, the "id"
	// key; "" leaves the key out.
	ID string
	// Analysis is the report analysed by [Analyze]. It must not be nil.
	Analysis *Analysis
}

// errNoAnalysis is MarshalJSON's error for a Report without an Analysis.
var errNoAnalysis = errors.New("newsmodel: Report has no Analysis")

// MarshalJSON returns the report object of the JSON contract.
func (r Report) MarshalJSON() ([]byte, error) {
	if r.Analysis == nil || r.Analysis.Article == nil {
		return nil, errNoAnalysis
	}
	return json.Marshal(newReportJSON(r))
}

// WriteJSON writes r to w as one line of JSON Lines: the bytes of
// [Report.MarshalJSON] and a newline, in one call of w.Write. Into a
// reused buffer it allocates a fraction of what MarshalJSON does.
func (r Report) WriteJSON(w io.Writer) error {
	if r.Analysis == nil || r.Analysis.Article == nil {
		return errNoAnalysis
	}
	j := newReportJSON(r)
	return json.NewEncoder(w).Encode(&j)
}

// Links renders what a [Comparison] found shared between reports as the
// "links" object of the JSON contract: the actors named in two or more
// reports, with each report's entity ID, and the aligned quotes, with
// each report's quote index. Report numbers index Comparison.Reports.
//
// Links is a [json.Marshaler]; a nil Comparison gives empty lists. It is
// safe for concurrent use if not modified.
type Links struct {
	Comparison *Comparison
}

// MarshalJSON returns the links object of the JSON contract.
func (l Links) MarshalJSON() ([]byte, error) { return json.Marshal(newLinksJSON(l.Comparison)) }

// The JSON contract's objects. Field order is key order.

type reportJSON struct {
	File     string       `json:"file,omitempty"`
	ID       string       `json:"id,omitempty"`
	Article  articleJSON  `json:"article"`
	Entities []entityJSON `json:"entities"`
	Quotes   []quoteJSON  `json:"quotes"`
	Times    []timeJSON   `json:"times"`
	Stances  []stanceJSON `json:"stances"`
}

type spanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type textSpanJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type articleJSON struct {
	Date       *string         `json:"date"`
	Headline   *spanJSON       `json:"headline"`
	Paragraphs []paragraphJSON `json:"paragraphs"`
}

type paragraphJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type entityJSON struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Kind        string        `json:"kind"`
	Anonymous   bool          `json:"anonymous"`
	Titles      []string      `json:"titles"`
	Affiliation string        `json:"affiliation"`
	Aliases     []string      `json:"aliases"`
	Mentions    []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Form  string `json:"form"`
}

// A quoteJSON is a quote. The outer source of an attribution chain
// ("via" in DESIGN.md) will be one more field after Cue,
//
//	Via *speakerJSON `json:"via"`
//
// set in quoteArena.quote by attributed, as Speaker is.
type quoteJSON struct {
	Kind    string        `json:"kind"`
	Text    string        `json:"text"`
	Content []spanJSON    `json:"content"`
	Speaker *speakerJSON  `json:"speaker"`
	Cue     *textSpanJSON `json:"cue"`
}

// A speakerJSON is who a passage is attributed to: the words as written,
// and the entity they resolve to (null when unresolved).
type speakerJSON struct {
	Entity *string `json:"entity"`
	Text   string  `json:"text"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
}

type timeJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
}

type stanceJSON struct {
	Holder   partyJSON     `json:"holder"`
	Target   partyJSON     `json:"target"`
	Polarity string        `json:"polarity"`
	Negated  bool          `json:"negated"`
	Cue      *textSpanJSON `json:"cue"`
	Evidence *spanJSON     `json:"evidence"`
}

type partyJSON struct {
	Entity *string `json:"entity"`
	Text   string  `json:"text"`
}

type linksJSON struct {
	Entities []entityLinkJSON `json:"entities"`
	Quotes   []quoteLinkJSON  `json:"quotes"`
}

type entityLinkJSON struct {
	Name    string             `json:"name"`
	Members []entityMemberJSON `json:"members"`
}

type entityMemberJSON struct {
	Report int    `json:"report"`
	Entity string `json:"entity"`
}

type quoteLinkJSON struct {
	Members []quoteMemberJSON `json:"members"`
}

type quoteMemberJSON struct {
	Report int `json:"report"`
	Quote  int `json:"quote"`
}

// newReportJSON renders a report. The objects of a kind share one backing
// array, and entity IDs point into the analysis: rendering a report costs
// a few allocations, not a few per item.
func newReportJSON(r Report) reportJSON {
	an := r.Analysis
	src := an.Article.Source
	j := reportJSON{
		File:     r.File,
		ID:       r.ID,
		Article:  newArticleJSON(an.Article),
		Entities: make([]entityJSON, 0, len(an.Entities)),
		Quotes:   make([]quoteJSON, 0, len(an.Quotes)),
		Times:    make([]timeJSON, 0, len(an.Times)),
		Stances:  make([]stanceJSON, 0, len(an.Stances)),
	}
	nm := 0
	for i := range an.Entities {
		nm += len(an.Entities[i].Mentions)
	}
	mentions := make([]mentionJSON, 0, nm)
	for i := range an.Entities {
		e := &an.Entities[i]
		first := len(mentions)
		for _, m := range e.Mentions {
			mentions = append(mentions, mentionJSON{m.Span.Start, m.Span.End, m.Span.Text(src), m.Form.String()})
		}
		j.Entities = append(j.Entities, entityJSON{
			ID:          e.ID,
			Name:        e.Name,
			Kind:        e.Kind.String(),
			Anonymous:   e.Anonymous,
			Titles:      orEmpty(e.Titles),
			Affiliation: e.Affiliation,
			Aliases:     orEmpty(e.Aliases),
			Mentions:    mentions[first:len(mentions):len(mentions)],
		})
	}
	nc := 0
	for i := range an.Quotes {
		nc += len(an.Quotes[i].Content)
	}
	qa := quoteArena{
		content: make([]spanJSON, 0, nc),
		speaker: make([]speakerJSON, 0, len(an.Quotes)),
		cue:     make([]textSpanJSON, 0, len(an.Quotes)),
	}
	for i := range an.Quotes {
		j.Quotes = append(j.Quotes, qa.quote(src, &an.Quotes[i]))
	}
	for _, t := range an.Times {
		j.Times = append(j.Times, timeJSON{t.Span.Start, t.Span.End, t.Span.Text(src), t.TimeML()})
	}
	cues := make([]textSpanJSON, 0, len(an.Stances))
	evidence := make([]spanJSON, 0, len(an.Stances))
	for i := range an.Stances {
		r := &an.Stances[i]
		sj := stanceJSON{
			Holder:   partyJSON{Entity: entityRef(&r.Holder.Entity), Text: r.Holder.Text},
			Target:   partyJSON{Entity: entityRef(&r.Target.Entity), Text: r.Target.Text},
			Polarity: r.Polarity.String(),
			Negated:  r.Negated,
		}
		if s := r.Cue.Span; s.IsValid() {
			cues = append(cues, textSpanJSON{s.Text(src), s.Start, s.End})
			sj.Cue = &cues[len(cues)-1]
		}
		if s := r.Evidence; s.IsValid() {
			evidence = append(evidence, spanJSON{s.Start, s.End})
			sj.Evidence = &evidence[len(evidence)-1]
		}
		j.Stances = append(j.Stances, sj)
	}
	return j
}

func newArticleJSON(a *article.Article) articleJSON {
	j := articleJSON{Paragraphs: make([]paragraphJSON, 0, len(a.Paragraphs))}
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

// A quoteArena holds the objects of a report's quotes, each kind in one
// array sized for them all.
type quoteArena struct {
	content []spanJSON
	speaker []speakerJSON
	cue     []textSpanJSON
}

// quote renders a quote. A partial quote's content is the reported clause
// around its quoted words (its Extent), as the contract scores
// attributions; "text" covers the content from first to last byte.
func (a *quoteArena) quote(src string, q *quote.Quote) quoteJSON {
	first := len(a.content)
	if q.Kind == quote.KindPartial && q.Clause.IsValid() {
		a.content = append(a.content, spanJSON{q.Clause.Start, q.Clause.End})
	} else {
		for _, c := range q.Content {
			a.content = append(a.content, spanJSON{c.Start, c.End})
		}
	}
	j := quoteJSON{
		Kind:    q.Kind.String(),
		Text:    q.Extent().Text(src),
		Content: a.content[first:len(a.content):len(a.content)],
		Speaker: a.attributed(src, q.Speaker.Span, &q.Speaker.Entity),
	}
	if s := q.Cue.Span; s.IsValid() {
		a.cue = append(a.cue, textSpanJSON{s.Text(src), s.Start, s.End})
		j.Cue = &a.cue[len(a.cue)-1]
	}
	return j
}

// attributed renders who a passage is attributed to, written at s and
// resolved to *entity ("" for none), or nil when s is the zero span.
// Objects already handed out stay valid when the arena grows: they keep
// the array they point into.
func (a *quoteArena) attributed(src string, s article.Span, entity *string) *speakerJSON {
	if !s.IsValid() {
		return nil
	}
	a.speaker = append(a.speaker, speakerJSON{Entity: entityRef(entity), Text: s.Text(src), Start: s.Start, End: s.End})
	return &a.speaker[len(a.speaker)-1]
}

// newLinksJSON renders what the reports share: actors named in two or
// more reports, and aligned quotes.
func newLinksJSON(c *Comparison) linksJSON {
	l := linksJSON{Entities: []entityLinkJSON{}, Quotes: []quoteLinkJSON{}}
	if c == nil {
		return l
	}
	for _, g := range c.Actors {
		first, shared := -1, false
		for _, m := range g.Members {
			if first < 0 {
				first = m.Report
			} else if m.Report != first {
				shared = true
			}
		}
		if !shared {
			continue
		}
		e := entityLinkJSON{Name: g.Name, Members: make([]entityMemberJSON, 0, len(g.Members))}
		for _, m := range g.Members {
			e.Members = append(e.Members, entityMemberJSON{Report: m.Report, Entity: m.Entity})
		}
		l.Entities = append(l.Entities, e)
	}
	for _, g := range c.Quotes {
		q := quoteLinkJSON{Members: make([]quoteMemberJSON, 0, len(g))}
		for _, m := range g {
			q.Members = append(q.Members, quoteMemberJSON{Report: m.Report, Quote: m.Quote})
		}
		l.Quotes = append(l.Quotes, q)
	}
	return l
}

// entityRef renders the entity ID *id, or nil (JSON null) for none. It
// points into the analysis, which the rendering does not outlive.
func entityRef(id *string) *string {
	if *id == "" {
		return nil
	}
	return id
}

// orEmpty returns s, or an empty slice for nil, so that JSON prints [].
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
