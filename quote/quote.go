package quote

import "github.com/newsmodel/newsmodel/article"

// A Kind tells how a [Quote] is given.
type Kind uint8

// Quote kinds. The zero Kind is KindUnknown.
const (
	KindUnknown  Kind = iota
	KindDirect        // the whole content in quotation marks
	KindPartial       // quoted fragments inside reported speech: found the call "constructive."
	KindIndirect      // reported speech without marks: Peskov said Russia favoured cooperation
)

// A Speaker is who a quote is attributed to: the mention as written and,
// when it resolves, the entity.
type Speaker struct {
	Span   article.Span `json:"span"`             // "he", "a senior US official", "Kerry"
	Entity string       `json:"entity,omitempty"` // the entity.Entity ID; "" when unresolved
}

// A Cue is the words that attribute a quote: "said", "warned", "told",
// "according to", "quoted … as saying", or a colon introduction.
type Cue struct {
	Span  article.Span `json:"span"`
	Lemma string       `json:"lemma"` // "say", "warn", "according to", ":"
}

// A Quote is one attributed passage of a report.
type Quote struct {
	Kind      Kind           `json:"kind"`
	Content   []article.Span `json:"content"` // fragments in order: "A," she said, "B." has two
	Speaker   Speaker        `json:"speaker,omitzero"`
	Cue       Cue            `json:"cue,omitzero"`
	Continues bool           `json:"continues,omitempty"` // inherits the previous quote's speaker
	Unclosed  bool           `json:"unclosed,omitempty"`  // a quotation mark was never closed
	Rule      string         `json:"rule,omitempty"`      // the rule that decided the attribution
}
