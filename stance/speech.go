package stance

import "github.com/newsmodel/newsmodel/internal/text"

// A frame is a stretch of a sentence that a speaker reports: the content
// of "X said (that) ...", of "..., X said", of "according to X", of "X
// quoted Y as saying ...". A stance inside it is reported Via the
// speaker; the speaker holds what it says in the first person, and its own
// evaluations.
type frame struct {
	lo, hi int  // chunks [lo, hi)
	who    slot // the speaker
}

// findFrames finds the frames of the sentence, outer ones first.
func (r *reading) findFrames() {
	for k := range r.cs {
		c := &r.cs[k]
		switch c.Kind {
		case text.VG:
			if !r.headClass(k).Any(text.Speech|text.Cognition|text.Publish|text.Finding) || c.Is(text.FNeg) {
				continue
			}
			if r.quotedAsSaying(k) || r.reportedClause(k) {
				continue
			}
			r.saidAfter(k)
		case text.PG:
			r.accordingTo(k)
		}
	}
}

// maxFrames bounds the frames of a sentence: no sentence of news reports
// through more speakers, and a cue looks at each.
const maxFrames = 16

// addFrame adds the frame [lo, hi) of the speaker group s.
func (r *reading) addFrame(lo, hi, s int) {
	if lo >= hi || s < 0 || len(r.frames) >= maxFrames {
		return
	}
	r.frames = append(r.frames, frame{lo: lo, hi: hi, who: r.groupSlot(s, false)})
}

// reportedClause reads a speech verb before its content: the content runs
// from its complement to the end of the sentence.
//
//	Peskov said Russia favoured cooperation with the US.
//	Smith says Lee promised to keep supporting Brown.
//	The ministry said: "We back the plan."
func (r *reading) reportedClause(k int) bool {
	c := &r.cs[k]
	if c.Comp <= int32(k) {
		return false
	}
	s := r.subject(k)
	if s < 0 {
		return false
	}
	r.addFrame(int(c.Comp), len(r.cs), s)
	return true
}

// saidAfter reads a speech verb after its content, its subject before or
// after it, behind a comma or a closing quotation mark: the content runs
// from the start of the sentence (or the quotation mark that opens it) to
// that mark.
//
//	"We back the plan," Smith said.
//	"We back the plan," said Smith, the party chairman.
//	Russia backs the plan, officials said.
func (r *reading) saidAfter(k int) {
	c := &r.cs[k]
	s := int(c.Subj)
	if s < 0 {
		return
	}
	before := k - 1
	if !c.Is(text.FInverted) {
		before, _ = text.Phrase(r.cs, s)
		before--
	}
	for before >= 0 && r.cs[before].Kind == text.RG {
		before--
	}
	if before < 0 || !(r.isMark(before, ',') || r.isQuoteMark(before) || r.cs[before].Kind == text.MG && r.toks[r.cs[before].Start].Kind == text.Dash) {
		return
	}
	lo := 0
	if r.isQuoteMark(0) {
		lo = 1
	}
	r.addFrame(lo, before, r.subject(k))
}

// accordingTo reads "according to X": X reports the whole sentence but
// itself.
//
//	Opposition to the plan is shared by officials, according to aides.
func (r *reading) accordingTo(k int) {
	c := &r.cs[k]
	if c.Of < 0 || r.firstWord(k) != r.w.according {
		return
	}
	r.addFrame(0, k, int(c.Of))
	_, e := text.Phrase(r.cs, int(c.Of))
	r.addFrame(e, len(r.cs), int(c.Of))
}

// quotedAsSaying reads "X quoted Y as saying ...": X reports what Y says,
// both Via, X outermost.
//
//	RIA quoted spokeswoman Maria Zakharova as saying Moscow was not satisfied.
func (r *reading) quotedAsSaying(k int) bool {
	c := &r.cs[k]
	if w := r.word(int(c.Head)); w != r.w.quote && w != r.w.cite || c.Obj < 0 {
		return false
	}
	_, e := text.Phrase(r.cs, int(c.Obj))
	if e+1 >= len(r.cs) || r.cs[e].Kind != text.PG || r.firstWord(e) != r.w.as || r.cs[e+1].Kind != text.VG {
		return false
	}
	say := &r.cs[e+1]
	if h := int(say.Head); r.id(h) != r.w.saying && r.id(h) != r.w.telling {
		return false
	}
	lo := e + 2
	if say.Comp > int32(e+1) {
		lo = int(say.Comp)
	}
	r.addFrame(lo, len(r.cs), r.subject(k))
	r.addFrame(lo, len(r.cs), int(c.Obj))
	return true
}

// framesAt returns the indexes of the frames that report chunk k, outer
// first, less those whose speaker is within the stance's own words.
func (r *reading) framesAt(k int, m *match, out []int) []int {
	for i := range r.frames {
		f := &r.frames[i]
		if f.lo <= k && k < f.hi && !(f.who.s < m.cueE && m.cueS < f.who.e) {
			out = append(out, i)
		}
	}
	return out
}
