package stance

import (
	"github.com/newsmodel/newsmodel/internal/enumtext"

	"github.com/newsmodel/newsmodel/article"
)

// A Polarity tells whether a holder is for or against a target.
type Polarity uint8

// Polarities. The zero Polarity is PolarityUnknown.
const (
	PolarityUnknown Polarity = iota
	Support                  // the holder is for the target: backs, praises, allies with it
	Oppose                   // the holder is against the target: criticises, resists, accuses it
	Neutral                  // a cue was found but says neither: "did not condemn"
)

var polarityNames = [...]string{"unknown", "support", "oppose", "neutral"}

// String returns the polarity's name: "unknown", "support", "oppose" or
// "neutral".
func (p Polarity) String() string { return enumtext.String(polarityNames[:], "Polarity", p) }

// AppendText appends the polarity's name to b.
func (p Polarity) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, polarityNames[:], "stance", "polarity", p)
}

// MarshalText returns the polarity's name.
func (p Polarity) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText sets p from its name.
func (p *Polarity) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[Polarity](polarityNames[:], "stance", "polarity", b)
	if err == nil {
		*p = v
	}
	return err
}

func polarityOf(s string) (Polarity, bool) {
	for i, n := range polarityNames {
		if s == n {
			return Polarity(i), true
		}
	}
	return PolarityUnknown, false
}

// A Party is the holder or target of a stance: an entity of the report, or
// free text such as "the Syria plan".
type Party struct {
	Entity string       `json:"entity,omitempty"` // the entity.Entity ID; "" for free text
	Name   string       `json:"name,omitempty"`   // the entity's canonical name; "" for free text
	Text   string       `json:"text"`             // the party as written at Span (for a pronoun, its antecedent)
	Span   article.Span `json:"span,omitzero"`    // where the text names it
}

// Key returns the key under which [Compare] groups the party: its entity's
// name when it has one, else its text, normalised by [NormalizeParty].
func (p Party) Key() string {
	if p.Name != "" {
		return NormalizeParty(p.Name)
	}
	return NormalizeParty(p.Text)
}

// A Cue is the word or phrase that carries a stance: "backs", "wary of".
type Cue struct {
	Span  article.Span `json:"span"`  // where the cue is written
	Text  string       `json:"text"`  // the cue as written: "was not satisfied with"
	Lemma string       `json:"lemma"` // the lexicon entry's pattern: "X backs Y"
}

// A Relation is one stance: a holder for or against a target.
type Relation struct {
	Holder       Party        `json:"holder"`                 // who holds the stance
	Target       Party        `json:"target"`                 // what or whom it is about
	Polarity     Polarity     `json:"polarity"`               // support, oppose or neutral
	Cue          Cue          `json:"cue,omitzero"`           // the words that carry it
	Evidence     article.Span `json:"evidence,omitzero"`      // the sentence or clause that states it
	Negated      bool         `json:"negated,omitempty"`      // the cue is negated: "not satisfied"
	Hypothetical bool         `json:"hypothetical,omitempty"` // stated under "would", "could", "might"
	Via          []Party      `json:"via,omitempty"`          // who reported it, outermost first: RIA, Zakharova
}
