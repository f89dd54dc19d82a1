package quote

import "github.com/newsmodel/newsmodel/article"

// A draft is a quote being extracted: a [Quote] without its speaker's
// entity and with its rule as a number, in 112 bytes instead of 152, so
// that the drafts of a long report take less room than its quotes. The
// result's quotes are made from the drafts once.
type draft struct {
	content   []article.Span // from ctx.spans, as the Quote's Content
	clause    article.Span
	speaker   article.Span
	via       article.Span
	cue       Cue
	kind      Kind
	rule      ruleID
	continues bool
	unclosed  bool
}

// span returns the extent of d's content, as [Quote.Span].
func (d *draft) span() article.Span {
	if len(d.content) == 0 {
		return article.Span{}
	}
	return article.Span{Start: d.content[0].Start, End: d.content[len(d.content)-1].End}
}

// quote returns the Quote of d, its speaker unresolved.
func (d *draft) quote() Quote {
	return Quote{Kind: d.kind, Content: d.content, Clause: d.clause, Speaker: Speaker{Span: d.speaker},
		Cue: d.cue, Via: d.via, Continues: d.continues, Unclosed: d.unclosed, Rule: ruleNames[d.rule]}
}

// A ruleID is a rule of [Quote.Rule] as a number.
type ruleID uint8

// The rules' numbers; noRule stands for "".
const (
	noRule ruleID = iota
	ruleCueAfter
	ruleCueBefore
	ruleColon
	ruleAccordingTo
	ruleQuotedAs
	ruleDash
	ruleHeadline
	ruleReported
	ruleContinues
	ruleTerm
	ruleNone
	ruleIndirect
	ruleInverted
	ruleParticiple
)

var ruleNames = [...]string{"", RuleCueAfter, RuleCueBefore, RuleColon, RuleAccordingTo, RuleQuotedAs,
	RuleDash, RuleHeadline, RuleReported, RuleContinues, RuleTerm, RuleNone, RuleIndirect, RuleInverted,
	RuleParticiple}

// A draftList holds drafts in chunks of draftChunk, so that a long report's
// list grows without copying.
type draftList struct {
	chunks [][]draft
	n      int
}

// draftChunk is how many drafts a chunk of a draftList holds.
const draftChunk = 128

func (l *draftList) at(i int) *draft { return &l.chunks[i/draftChunk][i%draftChunk] }

func (l *draftList) push(d draft) {
	c := l.n / draftChunk
	if c == len(l.chunks) {
		l.chunks = append(l.chunks, make([]draft, draftChunk))
	}
	l.chunks[c][l.n%draftChunk] = d
	l.n++
}

// reset empties l.
func (l *draftList) reset() {
	for i := 0; i < l.n; i += draftChunk {
		clear(l.chunks[i/draftChunk][:min(draftChunk, l.n-i)]) // no Content slices of the caller's quotes
	}
	l.n = 0
}
