package quote

import (
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// A span32 is a half-open span of bytes in eight bytes: the records a pass
// keeps across windows are small. The text layer's offsets are int32 too.
type span32 struct{ s, e int32 }

func (s span32) valid() bool            { return s.s < s.e }
func (s span32) span() article.Span     { return article.Span{Start: int(s.s), End: int(s.e)} }
func (s span32) contains(t span32) bool { return s.s <= t.s && t.e <= s.e }
func (s span32) overlaps(t span32) bool { return s.s < t.e && t.s < s.e }

// A cue is an attribution a pass found in a sentence, kept until the pass
// ends: the quotations of the report are matched with it then.
type cue struct {
	sent  int32  // where its sentence starts
	para  int32  // its paragraph
	lead  int32  // where the marks before the attribution start: `"…," he said` is adjacent when the quotation ends in [lead, from]
	from  int32  // where the attribution starts: its speaker or cue
	upto  int32  // where its words end: the speaker's phrase, the cue and its adverbials
	open  int32  // where the content after the cue starts, quotation marks included; -1 for none
	words span32 // the cue words: "said", "according to", ":"
	spk   span32 // the speaker as written; zero for none
	head  span32 // the words of the speaker an entity must name
	via   span32 // who relays the quote, as written
	viaHd span32
	rival span32 // for a speaker "he" or "she": the last person named by a description before it, whom it may mean
	body  span32 // the content after the attribution
	pre   span32 // the content before it: `…, he said`
	lemma text.ID
	name  cueName
	rule  ruleID
	flags cueFlag
	used  bool // a quotation took it
}

// A cueList holds a pass's cues in chunks of cueChunk, so that a long
// report's list grows without copying more than a chunk and without a
// doubled array. A chunk grows as cues come, so that a short report's few
// cues take little: pointers from at are valid until the next push.
type cueList struct {
	chunks [][]cue
	n      int
}

// cueChunk is how many cues a chunk of a cueList holds.
const cueChunk = 256

func (l *cueList) len() int      { return l.n }
func (l *cueList) at(i int) *cue { return &l.chunks[i/cueChunk][i%cueChunk] }
func (l *cueList) push(c cue) {
	if l.n/cueChunk == len(l.chunks) {
		l.chunks = append(l.chunks, make([]cue, 0, 8))
	}
	last := &l.chunks[len(l.chunks)-1]
	*last = append(*last, c)
	l.n++
}

// cueFlag tells more of a cue.
type cueFlag uint8

const (
	fLabel      cueFlag = 1 << iota // a verb that labels: `called it "a disaster"`, not one of saying
	fHeading                        // in a heading or the headline
	fColonEnd                       // ends its paragraph with a colon: the next paragraph's quotation is its content
	fTranscript                     // a transcript's speaker label: `"PENCE: Well, …`
	fAfterColon                     // its content follows a colon: `said: "…"`
)

// A cueName names a cue that is not one word: "according to", a colon, a
// dash. The zero cueName is a word: the cue's lemma names it.
type cueName uint8

const (
	cueWord cueName = iota
	cueAccording
	cueColon
	cueDash
	cueQuotedAs
	cuePutIt
)

var cueNames = [...]string{"", "according to", ":", "-", "quote as saying", "put it"}

// lemma returns the cue's lemma for [Cue.Lemma].
func (c *cue) lemmaText() string {
	if c.name != cueWord {
		return cueNames[c.name]
	}
	return text.Core().Word(c.lemma)
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
	ruleNounCue
	ruleAdjective
	rulePassive
	ruleAgentless
)

var ruleNames = [...]string{"", RuleCueAfter, RuleCueBefore, RuleColon, RuleAccordingTo, RuleQuotedAs,
	RuleDash, RuleHeadline, RuleReported, RuleContinues, RuleTerm, RuleNone, RuleIndirect, RuleInverted,
	RuleParticiple, RuleNounCue, RuleAdjective, RulePassive, RuleAgentless}

// ruleByName returns the rule named s, for the pattern table.
func ruleByName(s string) (ruleID, bool) {
	for i, n := range ruleNames {
		if n == s && i > 0 {
			return ruleID(i), true
		}
	}
	return 0, false
}
