package article

import (
	"github.com/newsmodel/newsmodel/internal/enumtext"
)

// An Article is a parsed news report. Source holds the caller's input byte
// for byte; every other field describes it by [Span]s into Source or by
// values derived from them.
//
// An Article is plain data: it is safe to read from several goroutines, and
// callers must not modify one that others are reading. Copies share slices.
type Article struct {
	// Source is the input, unchanged.
	Source string `json:"-"`
	// Meta holds the metadata header's fields, in order.
	Meta []Field `json:"meta,omitempty"`
	// Header spans the metadata header; zero when there is none.
	Header Span `json:"header,omitzero"`
	// Date is the report's own date: from the header's date field, or from
	// a dateline that gives a full date. Zero when the report has none.
	Date Date `json:"date,omitzero"`
	// Headline spans the title: the header's title field, or a heading that
	// opens the report. Zero when there is none.
	Headline Span `json:"headline,omitzero"`
	// Dateline is the wire dateline that opens the first body paragraph,
	// if any.
	Dateline Dateline `json:"dateline,omitzero"`
	// Paragraphs are the report's paragraphs in order, the header excluded.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Sentences are the sentences of the body and heading paragraphs, in
	// order; see [SplitSentences].
	Sentences []Sentence `json:"sentences"`
}

// Text returns the source text s covers; see [Span.Text].
func (a *Article) Text(s Span) string { return s.Text(a.Source) }

// A Field is one field of a report's metadata header, such as
// "date 2016-07-15" or "title: Kerry meets Putin".
type Field struct {
	Key   string `json:"key"`   // the key in lower case: "date", "title", "source", "author", "url", ...
	Span  Span   `json:"span"`  // the whole field, key and value
	Value Span   `json:"value"` // the value alone
}

// A Dateline is the place, date and agency that open a wire report:
// "MOSCOW, July 14 (Reuters) -" or "WASHINGTON (AP) —". The zero Dateline
// means none was found.
type Dateline struct {
	Span     Span `json:"span"`              // the whole dateline, with its closing dash
	Place    Span `json:"place"`             // "MOSCOW"
	DateText Span `json:"dateText,omitzero"` // "July 14"; zero when absent
	Date     Date `json:"date,omitzero"`     // DateText resolved; zero when absent or yearless without a reference
	Agency   Span `json:"agency,omitzero"`   // "Reuters"; zero when absent
}

// A Paragraph is one paragraph of a report: its span and its kind.
type Paragraph struct {
	Span
	Kind Kind `json:"kind"` // body, heading or boilerplate
}

// A Sentence is a sentence of a paragraph.
type Sentence struct {
	Span
	Paragraph int `json:"paragraph"` // index into Article.Paragraphs
}

// A Kind tells what a paragraph is.
type Kind uint8

// Paragraph kinds. The zero Kind is KindUnknown.
const (
	KindUnknown     Kind = iota
	KindBody             // running text of the report
	KindHeading          // a section heading: "Off the beaten track"
	KindBoilerplate      // trailing matter that is not the report: "(Reporting by …)", "Follow us on …"
)

var kindNames = [...]string{"unknown", "body", "heading", "boilerplate"}

// String returns the kind's name: "unknown", "body", "heading" or "boilerplate".
func (k Kind) String() string { return enumtext.String(kindNames[:], "Kind", k) }

// AppendText appends the kind's name to b.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, kindNames[:], "article", "paragraph kind", k)
}

// MarshalText returns the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from its name.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[Kind](kindNames[:], "article", "paragraph kind", b)
	if err == nil {
		*k = v
	}
	return err
}
