package stance

import "github.com/newsmodel/newsmodel/article"

// A Polarity tells whether a holder is for or against a target.
type Polarity uint8

// Polarities. The zero Polarity is PolarityUnknown.
const (
	PolarityUnknown Polarity = iota
	Support
	Oppose
	Neutral
)

// A Party is the holder or target of a stance: an entity of the report, or
// free text such as "the Syria plan".
type Party struct {
	Entity string       `json:"entity,omitempty"` // the entity.Entity ID; "" for free text
	Text   string       `json:"text"`             // the party as named (the entity's name, or the free text)
	Span   article.Span `json:"span,omitzero"`    // where the text names it
}

// A Cue is the word or phrase that carries a stance: "backs", "wary of".
type Cue struct {
	Span  article.Span `json:"span"`
	Lemma string       `json:"lemma"`
}

// A Relation is one stance: a holder for or against a target.
type Relation struct {
	Holder       Party        `json:"holder"`
	Target       Party        `json:"target"`
	Polarity     Polarity     `json:"polarity"`
	Cue          Cue          `json:"cue,omitzero"`
	Evidence     article.Span `json:"evidence,omitzero"` // the sentence or clause that states it
	Negated      bool         `json:"negated,omitempty"` // the cue is negated: "not satisfied"
	Hypothetical bool         `json:"hypothetical,omitempty"`
	Via          []Party      `json:"via,omitempty"` // who reported it, outermost first: RIA, Zakharova
}
