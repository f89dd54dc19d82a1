package quote

import (
	"github.com/newsmodel/newsmodel/internal/enumtext"
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

// A Kind tells how a [Quote] is given.
type Kind uint8

// Quote kinds. The zero Kind is KindUnknown.
const (
	KindUnknown  Kind = iota
	KindDirect        // the whole content in quotation marks
	KindPartial       // quoted fragments inside reported speech: found the call "constructive."
	KindIndirect      // reported speech without marks: Peskov said Russia favoured cooperation
)

var kindNames = [...]string{"unknown", "direct", "partial", "indirect"}

// String returns the kind's name: "unknown", "direct", "partial" or "indirect".
func (k Kind) String() string { return enumtext.String(kindNames[:], "Kind", k) }

// AppendText appends the kind's name to b.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	return enumtext.Append(b, kindNames[:], "quote", "kind", k)
}

// MarshalText returns the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from its name.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumtext.Parse[Kind](kindNames[:], "quote", "kind", b)
	if err == nil {
		*k = v
	}
	return err
}

// A Speaker is who a quote is attributed to, or who relays it: the mention
// as written and, when it resolves, the entity.
//
// The span is the whole noun phrase as written, with its possessors and
// post-modifiers ("a spokesman for the campaign", "the singer's agent");
// the entity is the one its head names, never only a possessor's or a
// modifier's: "the singer's agent" resolves to no entity rather than to the
// singer. A pronoun stays the pronoun as written; its entity is the one
// package entity resolved it to, if any.
type Speaker struct {
	Span   article.Span `json:"span"`             // "he", "a senior US official", "Kerry"
	Entity string       `json:"entity,omitempty"` // the entity.Entity ID; "" when unresolved
}

// A Cue is the words that attribute a quote: "said", "warned", "told",
// "according to", "quoted … as saying", or a colon introduction.
type Cue struct {
	Span  article.Span `json:"span"`  // the cue as written: "told", "according to"
	Lemma string       `json:"lemma"` // "say", "warn", "according to", "quote as saying", ":", "-"
}

// A Quote is one attributed passage of a report.
//
// Content holds the quoted text: for direct and partial quotes the passages
// in quotation marks, marks included (a split quote, `"A," she said, "B."`,
// and a quote running over several paragraphs have several fragments); for
// indirect quotes the reported clause. Clause is the reported clause that
// holds a partial quote's fragments, when there is one.
type Quote struct {
	Kind      Kind           `json:"kind"`    // direct, partial or indirect
	Content   []article.Span `json:"content"` // fragments in order: "A," she said, "B." has two
	Clause    article.Span   `json:"clause,omitzero"`
	Speaker   Speaker        `json:"speaker,omitzero"`    // zero when no speaker is found
	Cue       Cue            `json:"cue,omitzero"`        // zero when nothing attributes the quote
	Via       Speaker        `json:"via,omitzero"`        // who relays the quote: RIA in "RIA quoted Y as saying", CNN in "CNN reported that the mayor said"
	Continues bool           `json:"continues,omitempty"` // inherits the previous quote's speaker
	Unclosed  bool           `json:"unclosed,omitempty"`  // a quotation mark was never closed
	Rule      string         `json:"rule,omitempty"`      // the rule that decided the attribution
}

// Span returns the extent of q's content: from the first fragment's start
// to the last one's end. It is the zero Span when q has no content.
func (q *Quote) Span() article.Span {
	if len(q.Content) == 0 {
		return article.Span{}
	}
	return article.Span{Start: q.Content[0].Start, End: q.Content[len(q.Content)-1].End}
}

// Extent returns the span a report of q shows as its content: the reported
// clause of a partial quote when there is one, else [Quote.Span].
func (q *Quote) Extent() article.Span {
	if q.Kind == KindPartial && q.Clause.IsValid() {
		return q.Clause
	}
	return q.Span()
}

// Rules name what decided a quote's attribution, in [Quote.Rule].
const (
	RuleCueAfter    = "cue-after"         // `"…," Kerry said.` or `"…," said Kerry.`
	RuleCueBefore   = "cue-before"        // `Kerry said, "…"`
	RuleColon       = "colon"             // `Earnest said: "…"` or `From the minister: "…"`
	RuleAccordingTo = "according-to"      // `…, according to X.`
	RuleQuotedAs    = "quoted-as-saying"  // `RIA quoted Y as saying …`
	RuleDash        = "dash"              // `"…" — Commissioner X`
	RuleHeadline    = "headline-subject"  // `Mayor Vows 'No Retreat'`: a headline's subject
	RuleReported    = "reported"          // a partial quote inside a reported clause: `X said he wanted "results."`
	RuleContinues   = "continues"         // no attribution of its own: the previous (or next) quote's speaker
	RuleTerm        = "term"              // a scare quote, title or quoted term: the writer's own
	RuleNone        = "none"              // a direct quote whose speaker was not found
	RuleIndirect    = "indirect"          // `Peskov said Russia favoured cooperation`
	RuleInverted    = "indirect-inverted" // `Russia favoured cooperation, Peskov said.`
	RuleParticiple  = "participle"        // `US officials downplayed it, arguing they …`
	RuleNounCue     = "noun-cue"          // `the mayor made the claim that …`, `in the mayor's view, …`
	RuleAdjective   = "adjective"         // `the mayor is sure that …`, `critical of …`
	RulePassive     = "passive"           // `the plan was criticised by the mayor`: the by-agent speaks
	RuleAgentless   = "agentless"         // `it is thought that …`: no one is named as saying it, and the quote has no speaker
)

// Text returns the quoted words of q in src: its content fragments joined by
// a space, so that a split quote reads as one ("A," she said, "B." gives
// A, B.). For an indirect quote it is the reported clause.
func (q *Quote) Text(src string) string {
	var b strings.Builder
	for i, f := range q.Content {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f.Text(src))
	}
	return b.String()
}
