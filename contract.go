package newsmodel

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/newsmodel/newsmodel/internal/contractjson"
)

// A Report renders one analysed report as the report object of the JSON
// contract (README, "JSON contract"): the element of "reports" that
// examples/analyze prints, and one line of its JSON Lines output. Keys
// come in the contract's order, lists in document order, and every
// "text" is the text its span covers in Analysis.Article.Source; a text
// with invalid UTF-8 shows U+FFFD for each bad byte, which JSON cannot
// carry, while its span stays exact. Strings are escaped as encoding/json
// escapes them, HTML characters included.
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

// errNoAnalysis is the error of a Report without an Analysis.
var errNoAnalysis = errors.New("newsmodel: Report has no Analysis")

// MarshalJSON returns the report object of the JSON contract, compact, on
// one line.
func (r Report) MarshalJSON() ([]byte, error) {
	if r.Analysis == nil || r.Analysis.Article == nil {
		return nil, errNoAnalysis
	}
	var j jsonWriter
	j.report(r)
	return j.b, nil
}

// WriteJSON writes r to w as one line of JSON Lines: the bytes of
// [Report.MarshalJSON] and a newline. It writes them in one call of
// w.Write, or for a report whose JSON passes 64 KB in pieces of about that
// size, and allocates next to nothing: the way to write reports by the
// thousand.
func (r Report) WriteJSON(w io.Writer) error {
	if r.Analysis == nil || r.Analysis.Article == nil {
		return errNoAnalysis
	}
	buf := jsonBuffers.Get().(*[]byte)
	j := jsonWriter{b: (*buf)[:0], w: w}
	j.report(r)
	j.b = append(j.b, '\n')
	j.flush()
	if cap(j.b) <= maxPooledJSON {
		*buf = j.b
		jsonBuffers.Put(buf)
	}
	return j.err
}

// maxPooledJSON bounds the buffers kept for the next WriteJSON: one grown
// for a huge item does not pin its memory.
const maxPooledJSON = 1 << 20

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

func newLinksJSON(c *Comparison) contractjson.Links {
	l := contractjson.Links{Entities: []contractjson.EntityLink{}, Quotes: []contractjson.QuoteLink{}}
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
		e := contractjson.EntityLink{Name: g.Name, Members: make([]contractjson.EntityMember, 0, len(g.Members))}
		for _, m := range g.Members {
			e.Members = append(e.Members, contractjson.EntityMember{Report: m.Report, Entity: m.Entity})
		}
		l.Entities = append(l.Entities, e)
	}
	for _, g := range c.Quotes {
		q := contractjson.QuoteLink{Members: make([]contractjson.QuoteMember, 0, len(g))}
		for _, m := range g {
			q.Members = append(q.Members, contractjson.QuoteMember{Report: m.Report, Quote: m.Quote})
		}
		l.Quotes = append(l.Quotes, q)
	}
	return l
}
