// Package contractjson models the JSON contract of the README as Go types
// that encoding/json reads and writes: the analyze command's output
// object, a report, and the links between reports. The root package
// encodes the links with it; the tests read output back with it and hold
// the hand-written report writer to what encoding/json makes of it.
//
// Field order is key order; pointers are nullable objects. A field added
// to the contract is added here, to the README and to the writer.
package contractjson

// Output is the object of analyze -format json.
type Output struct {
	Reports []Report `json:"reports"` // the reports, in input order
	Links   Links    `json:"links"`   // what the reports share
}

// Report is one analysed report.
type Report struct {
	File     string   `json:"file,omitempty"` // the input file, for a file
	ID       string   `json:"id,omitempty"`   // the record's id, for a JSON Lines record
	Article  Article  `json:"article"`        // its date, headline and paragraphs
	Entities []Entity `json:"entities"`       // its actors
	Quotes   []Quote  `json:"quotes"`         // who said what
	Times    []Time   `json:"times"`          // its time expressions
	Stances  []Stance `json:"stances"`        // who stands for or against whom
}

// Span is a half-open range of bytes of the report.
type Span struct {
	Start int `json:"start"` // the first byte
	End   int `json:"end"`   // the byte after the last
}

// TextSpan is a span with the text it covers.
type TextSpan struct {
	Text  string `json:"text"`  // the bytes it covers
	Start int    `json:"start"` // the first byte
	End   int    `json:"end"`   // the byte after the last
}

// Article is the report's date, headline and paragraphs.
type Article struct {
	Date       *string     `json:"date"`       // YYYY-MM-DD, or null
	Headline   *Span       `json:"headline"`   // the headline's bytes, or null
	Paragraphs []Paragraph `json:"paragraphs"` // the paragraphs, in order
}

// Paragraph is a paragraph and its kind: body, heading or boilerplate.
type Paragraph struct {
	Start int    `json:"start"` // the first byte
	End   int    `json:"end"`   // the byte after the last
	Kind  string `json:"kind"`  // body, heading or boilerplate
}

// Entity is an actor with every mention.
type Entity struct {
	ID          string    `json:"id"`          // "e1", "e2"…
	Name        string    `json:"name"`        // its fullest name
	Kind        string    `json:"kind"`        // person, organization, place, group or unknown
	Anonymous   bool      `json:"anonymous"`   // an unnamed source
	Titles      []string  `json:"titles"`      // the titles said of it
	Affiliation string    `json:"affiliation"` // what it belongs to, or ""
	Aliases     []string  `json:"aliases"`     // its other names
	Mentions    []Mention `json:"mentions"`    // every mention, in order
}

// Mention is one mention of an entity.
type Mention struct {
	Start int    `json:"start"` // the first byte
	End   int    `json:"end"`   // the byte after the last
	Text  string `json:"text"`  // the bytes it covers
	Form  string `json:"form"`  // how it names the entity
}

// Quote is a direct, partial or reported quote.
type Quote struct {
	Kind    string    `json:"kind"`    // direct, partial or indirect
	Text    string    `json:"text"`    // the bytes it covers
	Content []Span    `json:"content"` // the quoted words, in fragments
	Speaker *Speaker  `json:"speaker"` // who said it, or null
	Cue     *TextSpan `json:"cue"`     // the words that attribute it, or null
	Via     *Speaker  `json:"via"`     // who relays it, or null
}

// Speaker is who a passage is attributed to: the words as written, and
// the entity they resolve to (null when unresolved).
type Speaker struct {
	Entity *string `json:"entity"` // the entity's ID, or null
	Text   string  `json:"text"`   // the words as written
	Start  int     `json:"start"`  // the first byte
	End    int     `json:"end"`    // the byte after the last
}

// Time is a time expression and its value ("" when unresolved).
type Time struct {
	Start int    `json:"start"` // the first byte
	End   int    `json:"end"`   // the byte after the last
	Text  string `json:"text"`  // the bytes it covers
	Value string `json:"value"` // its TimeML value, or ""
}

// Stance is a stance relation.
type Stance struct {
	Holder   Party     `json:"holder"`   // who holds the stance
	Target   Party     `json:"target"`   // what it is held toward
	Polarity string    `json:"polarity"` // support, oppose or neutral
	Negated  bool      `json:"negated"`  // said in the negative
	Cue      *TextSpan `json:"cue"`      // the words that attribute it, or null
	Evidence *Span     `json:"evidence"` // the sentence
}

// Party is a stance's holder or target.
type Party struct {
	Entity *string `json:"entity"` // the entity's ID, or null
	Text   string  `json:"text"`   // the words as written
}

// Links relates several reports: the entities and quotes they share.
type Links struct {
	Entities []EntityLink `json:"entities"` // its actors
	Quotes   []QuoteLink  `json:"quotes"`   // who said what
}

// EntityLink is one actor and its entities in the reports.
type EntityLink struct {
	Name    string         `json:"name"`    // the actor's name
	Members []EntityMember `json:"members"` // the members, in report order
}

// EntityMember is an entity of a report.
type EntityMember struct {
	Report int    `json:"report"` // the index of the report
	Entity string `json:"entity"` // the entity's ID, or null
}

// QuoteLink is one quote the reports share.
type QuoteLink struct {
	Members []QuoteMember `json:"members"` // the members, in report order
}

// QuoteMember is a quote of a report.
type QuoteMember struct {
	Report int `json:"report"` // the index of the report
	Quote  int `json:"quote"`  // the index of the quote in its report
}
