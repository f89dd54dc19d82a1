package newsmodel

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"sync"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
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
// [Report.MarshalJSON] and a newline. Into a reused buffer it allocates a
// fraction of what MarshalJSON does. It writes in one call of w.Write,
// except for a report of a megabyte or more, whose items it encodes one
// by one, so that it never holds the JSON of the whole report twice.
func (r Report) WriteJSON(w io.Writer) error {
	if r.Analysis == nil || r.Analysis.Article == nil {
		return errNoAnalysis
	}
	if len(r.Analysis.Article.Source) >= itemsFrom {
		return writeItems(w, r)
	}
	s := scratches.Get().(*reportScratch)
	defer s.release()
	j := s.render(r)
	return json.NewEncoder(w).Encode(&j)
}

// itemsFrom is the length of report from which WriteJSON encodes item by
// item: encoding/json builds a value's JSON in a buffer of its own, grown
// by doubling, and then copies it out, which for a report of ten
// megabytes holds over a hundred megabytes at once.
const itemsFrom = 1 << 20

// writeItems writes what WriteJSON writes, encoding the report's items
// one at a time, each into a buffer of its own size, reused.
func writeItems(w io.Writer, r Report) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(valueWriter{bw})
	an := r.Analysis
	rd := &renderer{src: an.Article.Source}
	sep := ""
	bw.WriteByte('{')
	if r.File != "" {
		bw.WriteString(`"file":`)
		enc.Encode(r.File)
		sep = ","
	}
	if r.ID != "" {
		bw.WriteString(sep + `"id":`)
		enc.Encode(r.ID)
		sep = ","
	}
	bw.WriteString(sep + `"article":`)
	article := newArticleJSON(an.Article, make([]paragraphJSON, 0, len(an.Article.Paragraphs)))
	enc.Encode(&article)
	list := func(key string, n int, item func(i int) any) {
		bw.WriteString(`,"` + key + `":[`)
		for i := range n {
			if i > 0 {
				bw.WriteByte(',')
			}
			rd.reset()
			enc.Encode(item(i))
		}
		bw.WriteByte(']')
	}
	list("entities", len(an.Entities), func(i int) any { return rd.entity(&an.Entities[i]) })
	list("quotes", len(an.Quotes), func(i int) any { return rd.quote(&an.Quotes[i]) })
	list("times", len(an.Times), func(i int) any { return rd.time(&an.Times[i]) })
	list("stances", len(an.Stances), func(i int) any { return rd.stance(&an.Stances[i]) })
	bw.WriteString("}\n")
	return bw.Flush() // the first error of any write
}

// A valueWriter passes on what a [json.Encoder] writes, less the newline
// that ends each value, so that values encoded one by one make one line.
type valueWriter struct{ w *bufio.Writer }

func (v valueWriter) Write(p []byte) (int, error) {
	_, err := v.w.Write(bytes.TrimSuffix(p, []byte("\n")))
	return len(p), err
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
// set in renderer.quote by attributed, as Speaker is.
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

// newReportJSON renders a report into arrays of its own.
func newReportJSON(r Report) reportJSON { return new(reportScratch).render(r) }

// A reportScratch holds the arrays a report object is rendered into.
// WriteJSON keeps them for the next report, so that a batch renders into
// the same memory report after report.
type reportScratch struct {
	rd         renderer
	paragraphs []paragraphJSON
	entities   []entityJSON
	quotes     []quoteJSON
	times      []timeJSON
	stances    []stanceJSON
}

// scratches holds idle reportScratches.
var scratches = sync.Pool{New: func() any { return new(reportScratch) }}

// maxPooledItems bounds the items a pooled reportScratch keeps room for,
// so that one huge report does not pin its memory.
const maxPooledItems = 1 << 14

// render renders r into s's arrays, sized for it at once. What it returns
// is valid until s is used again.
func (s *reportScratch) render(r Report) reportJSON {
	an := r.Analysis
	nm, nc := 0, 0
	for i := range an.Entities {
		nm += len(an.Entities[i].Mentions)
	}
	for i := range an.Quotes {
		nc += len(an.Quotes[i].Content)
	}
	rd := &s.rd
	rd.src = an.Article.Source
	rd.mentions = slices.Grow(rd.mentions[:0], nm)
	rd.content = slices.Grow(rd.content[:0], nc)
	rd.speakers = slices.Grow(rd.speakers[:0], len(an.Quotes))
	rd.cues = slices.Grow(rd.cues[:0], len(an.Quotes)+len(an.Stances))
	rd.spans = slices.Grow(rd.spans[:0], len(an.Stances))
	s.paragraphs = slices.Grow(s.paragraphs[:0], len(an.Article.Paragraphs))
	s.entities = slices.Grow(s.entities[:0], len(an.Entities))
	s.quotes = slices.Grow(s.quotes[:0], len(an.Quotes))
	s.times = slices.Grow(s.times[:0], len(an.Times))
	s.stances = slices.Grow(s.stances[:0], len(an.Stances))
	for i := range an.Entities {
		s.entities = append(s.entities, rd.entity(&an.Entities[i]))
	}
	for i := range an.Quotes {
		s.quotes = append(s.quotes, rd.quote(&an.Quotes[i]))
	}
	for i := range an.Times {
		s.times = append(s.times, rd.time(&an.Times[i]))
	}
	for i := range an.Stances {
		s.stances = append(s.stances, rd.stance(&an.Stances[i]))
	}
	return reportJSON{
		File:     r.File,
		ID:       r.ID,
		Article:  newArticleJSON(an.Article, s.paragraphs),
		Entities: orEmpty(s.entities),
		Quotes:   orEmpty(s.quotes),
		Times:    orEmpty(s.times),
		Stances:  orEmpty(s.stances),
	}
}

// release empties s, whose arrays point into the report's text, and pools
// it unless it grew past maxPooledItems.
func (s *reportScratch) release() {
	rd := &s.rd
	if max(cap(rd.mentions), cap(rd.content), cap(rd.cues), cap(s.paragraphs)) > maxPooledItems {
		return
	}
	clear(rd.mentions[:cap(rd.mentions)])
	clear(rd.content[:cap(rd.content)])
	clear(rd.speakers[:cap(rd.speakers)])
	clear(rd.cues[:cap(rd.cues)])
	clear(s.entities[:cap(s.entities)])
	clear(s.quotes[:cap(s.quotes)])
	clear(s.times[:cap(s.times)])
	clear(s.stances[:cap(s.stances)])
	rd.src = ""
	scratches.Put(s)
}

// A renderer renders the items of one report. The objects of a kind share
// one backing array, and entity IDs point into the analysis, so that
// rendering a report costs a few allocations, not a few an item. Objects
// handed out stay valid when an array grows: they keep the one they point
// into.
type renderer struct {
	src      string
	mentions []mentionJSON
	content  []spanJSON
	speakers []speakerJSON
	cues     []textSpanJSON
	spans    []spanJSON
}

// reset empties the arrays for reuse, once what was rendered is encoded.
func (rd *renderer) reset() {
	rd.mentions, rd.content, rd.speakers, rd.cues, rd.spans = rd.mentions[:0], rd.content[:0], rd.speakers[:0], rd.cues[:0], rd.spans[:0]
}

func (rd *renderer) entity(e *entity.Entity) entityJSON {
	first := len(rd.mentions)
	for _, m := range e.Mentions {
		rd.mentions = append(rd.mentions, mentionJSON{m.Span.Start, m.Span.End, m.Span.Text(rd.src), m.Form.String()})
	}
	return entityJSON{
		ID:          e.ID,
		Name:        e.Name,
		Kind:        e.Kind.String(),
		Anonymous:   e.Anonymous,
		Titles:      orEmpty(e.Titles),
		Affiliation: e.Affiliation,
		Aliases:     orEmpty(e.Aliases),
		Mentions:    orEmpty(rd.mentions[first:len(rd.mentions):len(rd.mentions)]),
	}
}

// quote renders a quote. A partial quote's content is the reported clause
// around its quoted words (its Extent), as the contract scores
// attributions; "text" covers the content from first to last byte.
func (rd *renderer) quote(q *quote.Quote) quoteJSON {
	first := len(rd.content)
	if q.Kind == quote.KindPartial && q.Clause.IsValid() {
		rd.content = append(rd.content, spanJSON{q.Clause.Start, q.Clause.End})
	} else {
		for _, c := range q.Content {
			rd.content = append(rd.content, spanJSON{c.Start, c.End})
		}
	}
	return quoteJSON{
		Kind:    q.Kind.String(),
		Text:    q.Extent().Text(rd.src),
		Content: orEmpty(rd.content[first:len(rd.content):len(rd.content)]),
		Speaker: rd.attributed(q.Speaker.Span, &q.Speaker.Entity),
		Cue:     rd.textSpan(q.Cue.Span),
	}
}

func (rd *renderer) time(t *article.Timex) timeJSON {
	return timeJSON{t.Span.Start, t.Span.End, t.Span.Text(rd.src), t.TimeML()}
}

func (rd *renderer) stance(r *stance.Relation) stanceJSON {
	j := stanceJSON{
		Holder:   partyJSON{Entity: entityRef(&r.Holder.Entity), Text: r.Holder.Text},
		Target:   partyJSON{Entity: entityRef(&r.Target.Entity), Text: r.Target.Text},
		Polarity: r.Polarity.String(),
		Negated:  r.Negated,
		Cue:      rd.textSpan(r.Cue.Span),
	}
	if s := r.Evidence; s.IsValid() {
		rd.spans = append(rd.spans, spanJSON{s.Start, s.End})
		j.Evidence = &rd.spans[len(rd.spans)-1]
	}
	return j
}

// attributed renders who a passage is attributed to, written at s and
// resolved to *entity ("" for none), or nil when s is the zero span.
func (rd *renderer) attributed(s article.Span, entity *string) *speakerJSON {
	if !s.IsValid() {
		return nil
	}
	rd.speakers = append(rd.speakers, speakerJSON{Entity: entityRef(entity), Text: s.Text(rd.src), Start: s.Start, End: s.End})
	return &rd.speakers[len(rd.speakers)-1]
}

// textSpan renders s with its text, or nil for the zero span.
func (rd *renderer) textSpan(s article.Span) *textSpanJSON {
	if !s.IsValid() {
		return nil
	}
	rd.cues = append(rd.cues, textSpanJSON{s.Text(rd.src), s.Start, s.End})
	return &rd.cues[len(rd.cues)-1]
}

// newArticleJSON renders the article, its paragraphs appended to paras.
func newArticleJSON(a *article.Article, paras []paragraphJSON) articleJSON {
	j := articleJSON{Paragraphs: orEmpty(paras)}
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
