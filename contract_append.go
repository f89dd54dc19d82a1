package newsmodel

import (
	"io"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

// A jsonWriter appends the JSON of the contract's report object to a
// buffer, and hands the buffer to w after an item once it holds spillAt
// bytes, so that a huge report is written in pieces.
//
// It writes what encoding/json writes for the same object, byte for byte
// (contract_test.go checks it against a model of the contract encoded by
// encoding/json, on the fixtures and on arbitrary text): keys in the
// contract's order, no spaces, HTML characters and U+2028, U+2029 escaped,
// and U+FFFD for each byte of invalid UTF-8. It exists for speed: encoding
// a report by reflection took a quarter of the time of analysing it.
type jsonWriter struct {
	b   []byte
	w   io.Writer // nil: keep everything in b
	err error     // the first error of w
}

// spillAt is the size from which a jsonWriter hands its buffer to w.
const spillAt = 64 << 10

// jsonBuffers holds idle buffers of jsonWriters.
var jsonBuffers = sync.Pool{New: func() any { return new([]byte) }}

// spill hands the buffer to w if it is full enough, between items.
func (j *jsonWriter) spill() {
	if j.w != nil && len(j.b) >= spillAt {
		j.flush()
	}
}

// flush hands the buffer to w.
func (j *jsonWriter) flush() {
	if j.err == nil && len(j.b) > 0 {
		_, j.err = j.w.Write(j.b)
	}
	j.b = j.b[:0]
}

func (j *jsonWriter) raw(s string) { j.b = append(j.b, s...) }

func (j *jsonWriter) int(n int) { j.b = strconv.AppendInt(j.b, int64(n), 10) }

func (j *jsonWriter) bool(v bool) { j.b = strconv.AppendBool(j.b, v) }

// str appends s as a JSON string, escaped as encoding/json escapes it.
func (j *jsonWriter) str(s string) {
	const hex = "0123456789abcdef"
	b := append(j.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // other control bytes, and <, >, & for HTML
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029': // line breaks to JavaScript
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	j.b = append(b, '"')
}

// strs appends a list of strings.
func (j *jsonWriter) strs(list []string) {
	j.b = append(j.b, '[')
	for i, s := range list {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.str(s)
	}
	j.b = append(j.b, ']')
}

// span appends {"start":…,"end":…}.
func (j *jsonWriter) span(s article.Span) {
	j.raw(`{"start":`)
	j.int(s.Start)
	j.raw(`,"end":`)
	j.int(s.End)
	j.b = append(j.b, '}')
}

// textSpan appends {"text":…,"start":…,"end":…}, or null for the zero span.
func (j *jsonWriter) textSpan(src string, s article.Span) {
	if !s.IsValid() {
		j.raw("null")
		return
	}
	j.raw(`{"text":`)
	j.textStartEnd(src, s)
}

// textStartEnd appends the text of s, its start and end, and closes the
// object: …,"start":…,"end":…}.
func (j *jsonWriter) textStartEnd(src string, s article.Span) {
	j.str(s.Text(src))
	j.raw(`,"start":`)
	j.int(s.Start)
	j.raw(`,"end":`)
	j.int(s.End)
	j.b = append(j.b, '}')
}

// entityRef appends an entity ID, or null for none.
func (j *jsonWriter) entityRef(id string) {
	if id == "" {
		j.raw("null")
		return
	}
	j.str(id)
}

// attributed appends key and who a passage is attributed to, written at s
// and resolved to entity ("" for none): {"entity","text","start","end"},
// or null when s is the zero span.
func (j *jsonWriter) attributed(key, src string, s article.Span, entity string) {
	j.raw(key)
	if !s.IsValid() {
		j.raw("null")
		return
	}
	j.raw(`{"entity":`)
	j.entityRef(entity)
	j.raw(`,"text":`)
	j.textStartEnd(src, s)
}

// report appends the report object of r.
func (j *jsonWriter) report(r Report) {
	an := r.Analysis
	a := an.Article
	src := a.Source
	j.b = append(j.b, '{')
	if r.File != "" {
		j.raw(`"file":`)
		j.str(r.File)
		j.b = append(j.b, ',')
	}
	if r.ID != "" {
		j.raw(`"id":`)
		j.str(r.ID)
		j.b = append(j.b, ',')
	}

	j.raw(`"article":{"date":`)
	if a.Date.IsZero() {
		j.raw("null")
	} else {
		j.str(a.Date.String())
	}
	j.raw(`,"headline":`)
	if a.Headline.IsValid() {
		j.span(a.Headline)
	} else {
		j.raw("null")
	}
	j.raw(`,"paragraphs":[`)
	for i, p := range a.Paragraphs {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.raw(`{"start":`)
		j.int(p.Start)
		j.raw(`,"end":`)
		j.int(p.End)
		j.raw(`,"kind":`)
		j.str(p.Kind.String())
		j.b = append(j.b, '}')
		j.spill()
	}
	j.raw(`]}`)

	j.raw(`,"entities":[`)
	for i := range an.Entities {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		e := &an.Entities[i]
		j.raw(`{"id":`)
		j.str(e.ID)
		j.raw(`,"name":`)
		j.str(e.Name)
		j.raw(`,"kind":`)
		j.str(e.Kind.String())
		j.raw(`,"anonymous":`)
		j.bool(e.Anonymous)
		j.raw(`,"titles":`)
		j.strs(e.Titles)
		j.raw(`,"affiliation":`)
		j.str(e.Affiliation)
		j.raw(`,"aliases":`)
		j.strs(e.Aliases)
		j.raw(`,"mentions":[`)
		for k, m := range e.Mentions {
			if k > 0 {
				j.b = append(j.b, ',')
			}
			j.raw(`{"start":`)
			j.int(m.Span.Start)
			j.raw(`,"end":`)
			j.int(m.Span.End)
			j.raw(`,"text":`)
			j.str(m.Span.Text(src))
			j.raw(`,"form":`)
			j.str(m.Form.String())
			j.b = append(j.b, '}')
			j.spill()
		}
		j.raw(`]}`)
	}

	j.raw(`],"quotes":[`)
	for i := range an.Quotes {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.quote(src, &an.Quotes[i])
		j.spill()
	}

	j.raw(`],"times":[`)
	for i := range an.Times {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		t := &an.Times[i]
		j.raw(`{"start":`)
		j.int(t.Span.Start)
		j.raw(`,"end":`)
		j.int(t.Span.End)
		j.raw(`,"text":`)
		j.str(t.Span.Text(src))
		j.raw(`,"value":`)
		j.str(t.TimeML())
		j.b = append(j.b, '}')
		j.spill()
	}

	j.raw(`],"stances":[`)
	for i := range an.Stances {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.stance(src, &an.Stances[i])
		j.spill()
	}
	j.raw(`]}`)
}

// quote appends a quote. A partial quote's content is the reported clause
// around its quoted words (its Extent), as the contract scores
// attributions; "text" covers the content from first to last byte.
func (j *jsonWriter) quote(src string, q *quote.Quote) {
	j.raw(`{"kind":`)
	j.str(q.Kind.String())
	j.raw(`,"text":`)
	j.str(q.Extent().Text(src))
	j.raw(`,"content":[`)
	if q.Kind == quote.KindPartial && q.Clause.IsValid() {
		j.span(q.Clause)
	} else {
		for k, c := range q.Content {
			if k > 0 {
				j.b = append(j.b, ',')
			}
			j.span(c)
		}
	}
	j.b = append(j.b, ']')
	j.attributed(`,"speaker":`, src, q.Speaker.Span, q.Speaker.Entity)
	j.raw(`,"cue":`)
	j.textSpan(src, q.Cue.Span)
	// the outer source of an attribution chain: "CNN" of "CNN reported
	// that the mayor said"
	j.attributed(`,"via":`, src, q.Via.Span, q.Via.Entity)
	j.b = append(j.b, '}')
}

// stance appends a stance relation.
func (j *jsonWriter) stance(src string, r *stance.Relation) {
	j.raw(`{"holder":{"entity":`)
	j.entityRef(r.Holder.Entity)
	j.raw(`,"text":`)
	j.str(r.Holder.Text)
	j.raw(`},"target":{"entity":`)
	j.entityRef(r.Target.Entity)
	j.raw(`,"text":`)
	j.str(r.Target.Text)
	j.raw(`},"polarity":`)
	j.str(r.Polarity.String())
	j.raw(`,"negated":`)
	j.bool(r.Negated)
	j.raw(`,"cue":`)
	j.textSpan(src, r.Cue.Span)
	j.raw(`,"evidence":`)
	if r.Evidence.IsValid() {
		j.span(r.Evidence)
	} else {
		j.raw("null")
	}
	j.b = append(j.b, '}')
}
