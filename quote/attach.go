package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// A found is a quote being made from a quotation or a cue, in 56 bytes:
// a long report's quotes are made from them once, at the end.
type found struct {
	content   []article.Span // the fragments, as the Quote's Content
	clause    article.Span
	cue       int32 // the index of the cue that attributes it in p.cues; -1 for none
	para      int32
	kind      Kind
	rule      ruleID
	ok        bool // something in the text attributes it
	unclosed  bool
	continues bool
}

// span returns the extent of f's content, as [Quote.Span] does.
func (f *found) span() article.Span {
	if len(f.content) == 0 {
		return article.Span{}
	}
	return article.Span{Start: f.content[0].Start, End: f.content[len(f.content)-1].End}
}

// attach matches the report's quotations with the cues found in its
// sentences, continues unattributed quotations, and adds the reported
// speech that holds no quotation; it returns the quotes in document order
// with the cue of each, speakers unresolved.
func (p *Pass) attach() ([]Quote, []int32) {
	var fs []found
	for lo := 0; lo < len(p.regs); {
		hi := p.groupEnd(lo)
		if p.inSpeaker(lo, hi) {
			lo = hi
			continue // a nickname or title in a speaker's name: `Marcia "Cia" Price said`
		}
		f := p.attribute(lo, hi)
		lo = hi
		if !f.ok && p.x.NoTerms && f.rule == ruleTerm {
			continue
		}
		if n := len(fs); n > 0 && f.ok && f.cue >= 0 && fs[n-1].cue == f.cue && fs[n-1].kind == f.kind {
			// a split quote, `"A," she said, "B."`, or more fragments of
			// one reported clause, `called it "A" and "B"`
			g := &fs[n-1]
			g.content = p.concat(g.content, f.content)
			g.unclosed = g.unclosed || f.unclosed
			if g.clause.IsValid() || f.clause.IsValid() {
				g.clause = union(g.clause, f.clause, f.span())
			}
			continue
		}
		fs = append(fs, f)
	}
	p.continuations(fs)
	if !p.x.SplitContinued {
		fs = p.joinContinued(fs)
	}
	if !p.x.NoIndirect {
		fs = p.reported(fs)
	}
	// content with no letter or digit quotes nothing, whatever the rule
	// that drafted it: `According to officials, "` has no clause
	fs = slices.DeleteFunc(fs, func(f found) bool { s := f.span(); return !hasWord(p.src, s.Start, s.End) })
	// and reported speech of function words alone says nothing: "how many
	// victims will it call for"
	fs = slices.DeleteFunc(fs, func(f found) bool {
		s := f.span()
		return f.kind == KindIndirect && functionWordsOnly(p.src[s.Start:s.End])
	})
	slices.SortStableFunc(fs, func(a, b found) int { return cmp.Compare(a.span().Start, b.span().Start) })
	if len(fs) == 0 {
		return nil, nil
	}
	qs := make([]Quote, len(fs))
	who := make([]int32, len(fs))
	for i := range fs {
		f := &fs[i]
		qs[i] = Quote{Kind: f.kind, Content: f.content, Clause: f.clause, Continues: f.continues, Unclosed: f.unclosed, Rule: ruleNames[f.rule]}
		if f.cue >= 0 {
			k := p.cues.at(int(f.cue))
			qs[i].Cue = Cue{Span: k.words.span(), Lemma: k.lemmaText()}
		}
		who[i] = f.cue
	}
	return qs, who
}

// inSpeaker reports whether the quotations regs[lo:hi] lie inside the
// words of an attribution, its speaker's phrase or their description.
func (p *Pass) inSpeaker(lo, hi int) bool {
	rs := span32{int32(p.regs[lo].start), int32(p.regs[hi-1].end)}
	i, j := p.cuesNear(rs)
	for ; i < j; i++ {
		if k := p.cues.at(i); k.from < rs.s && rs.e <= k.upto && k.spk.valid() && k.spk.s < rs.s && k.flags&fTranscript == 0 {
			return true
		}
	}
	return false
}

// union returns the smallest span that holds the valid ones of ss.
func union(ss ...article.Span) article.Span {
	var u article.Span
	for _, s := range ss {
		switch {
		case !s.IsValid():
		case !u.IsValid():
			u = s
		default:
			u = article.Span{Start: min(u.Start, s.Start), End: max(u.End, s.End)}
		}
	}
	return u
}

// groupEnd returns the end of the run of p.regs that starts at lo and
// forms one quote: a quotation left open at the end of its paragraph goes
// on in the next paragraph when that opens with a quotation mark (the
// newswire convention for quotes of several paragraphs), unless that one
// opens with a transcript's speaker label.
func (p *Pass) groupEnd(lo int) int {
	i := lo
	for p.regs[i].unclosed && i+1 < len(p.regs) && p.regs[i+1].para == p.regs[i].para+1 &&
		p.regs[i+1].start == p.paraStart(p.regs[i+1].para) && !p.regs[i+1].label {
		i++
	}
	return i + 1
}

// paraStart returns where paragraph i's text starts, past white space.
func (p *Pass) paraStart(i int32) int {
	pg := p.a.Paragraphs[i]
	j := pg.Start
	for j < pg.End && (p.src[j] == ' ' || p.src[j] == '\t' || p.src[j] == '\n' || p.src[j] == '\r') {
		j++
	}
	return j
}

// attribute makes the quote of the quotations regs[lo:hi] and finds what
// attributes it: a cue whose content opens with it (`Kerry said: "…"`),
// one right after it (`"…," Kerry said`), one whose content holds it (a
// partial quote: `Kerry called it "constructive"`), in that order.
func (p *Pass) attribute(lo, hi int) found {
	first, last := p.regs[lo], p.regs[hi-1]
	f := found{kind: KindDirect, unclosed: last.unclosed, content: p.spans(hi - lo), cue: -1, para: first.para}
	for i, r := range p.regs[lo:hi] {
		f.content[i] = article.Span{Start: r.start, End: r.end}
	}
	rs := span32{int32(first.start), int32(last.end)}
	ci, cj := p.cuesNear(rs)
	use := func(c int, kind Kind, rule ruleID) found {
		f.cue, f.ok, f.kind, f.rule = int32(c), true, kind, rule
		p.cues.at(c).used = true
		return f
	}
	// the content opens with the quotation
	for c := ci; c < cj; c++ {
		if k := p.cues.at(c); k.open == rs.s {
			kind := KindDirect
			if k.flags&fLabel != 0 {
				kind = KindPartial // slammed "the insulting offer": the verb's object in the speaker's words
			}
			if k.body.valid() && rs.e+1 < k.body.e {
				// `vows "no retreat" on housing`: more of the clause is
				// the speaker's, in the writer's words
				f = use(c, KindPartial, k.holding())
				f.clause = union(k.body.span(), rs.span())
				return f
			}
			return use(c, kind, k.before())
		}
	}
	if c := ci - 1; c >= 0 && p.cues.at(c).flags&fColonEnd != 0 && p.cues.at(c).para+1 == first.para && first.start == p.paraStart(first.para) {
		return use(c, KindDirect, ruleColon) // And from the chairwoman:¶"…"
	}
	// an attribution right after it
	for c := ci; c < cj; c++ {
		k := p.cues.at(c)
		adjacent := k.lead <= rs.e && rs.e <= k.from && k.sent < rs.e ||
			k.sent == k.from && !k.body.valid() && p.gapIsSpace(rs.e, k.from) // `"…?" Clinton said.`: the splitter ends a sentence at the mark
		if adjacent && k.flags&fTranscript == 0 {
			if !first.opens && k.pre.valid() && k.pre.s < rs.s {
				// `A nurse "who asks" is fired, the union said`: the clause
				// before the attribution holds the quotation
				f = use(c, KindPartial, ruleReported)
				f.clause = union(k.pre.span(), rs.span())
				return f
			}
			return use(c, KindDirect, k.after())
		}
	}
	// a cue whose content holds it
	best, bestLen := -1, int32(0)
	for c := ci; c < cj; c++ {
		k := p.cues.at(c)
		for _, sp := range [2]span32{k.body, k.pre} {
			if sp.valid() && sp.s <= rs.s+1 && rs.e <= sp.e+2 && (best < 0 || sp.e-sp.s < bestLen) {
				best, bestLen = c, sp.e-sp.s
			}
		}
	}
	if best >= 0 {
		k := p.cues.at(best)
		f = use(best, KindPartial, k.holding())
		f.clause = union(k.body.span(), rs.span())
		if k.pre.valid() && k.pre.s <= rs.s+1 && rs.e <= k.pre.e+2 {
			f.clause = union(k.pre.span(), rs.span())
		}
		return f
	}
	if first.opens {
		f.rule = ruleNone
	} else {
		f.kind, f.rule = KindPartial, ruleTerm
	}
	return f
}

// before returns the rule of a quotation that opens c's content.
func (c *cue) before() ruleID {
	switch {
	case c.rule != ruleIndirect && c.rule != ruleInverted:
		return c.rule
	case c.flags&fAfterColon != 0:
		return ruleColon
	}
	return ruleCueBefore
}

// after returns the rule of a quotation right before c.
func (c *cue) after() ruleID {
	switch c.rule {
	case ruleAccordingTo, ruleDash, ruleQuotedAs:
		return c.rule
	}
	return ruleCueAfter
}

// holding returns the rule of a quotation inside c's content.
func (c *cue) holding() ruleID {
	switch {
	case c.rule == ruleIndirect && c.flags&fHeading != 0:
		return ruleHeadline
	case c.rule == ruleIndirect || c.rule == ruleInverted:
		return ruleReported
	}
	return c.rule
}

// cuesNear returns the cues [i, j) of the sentences from the one that
// holds rs's start to the one that holds its end.
func (p *Pass) cuesNear(rs span32) (int, int) {
	ss := p.a.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > int(rs.s) })
	from := int32(rs.s)
	if k < len(ss) && ss[k].Start <= int(rs.s) {
		from = int32(ss[k].Start)
	}
	i := sort.Search(p.cues.len(), func(i int) bool { return p.cues.at(i).sent >= from })
	j := i
	for j < p.cues.len() && p.cues.at(j).sent < rs.e {
		j++
	}
	// a bare attribution right after the quotation, in a sentence of its
	// own: `"We won." Kerry said.`
	for j < p.cues.len() && p.cues.at(j).sent == p.cues.at(j).from && !p.cues.at(j).body.valid() && p.gapIsSpace(rs.e, p.cues.at(j).from) {
		j++
	}
	return i, j
}

// gapIsSpace reports whether src[i:j] is white space.
func (p *Pass) gapIsSpace(i, j int32) bool {
	if i > j || j-i > 4 {
		return false
	}
	for _, c := range []byte(p.src[i:j]) {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// reported adds to fs the cues that no quotation took whose content holds
// no quotation: reported speech.
func (p *Pass) reported(fs []found) []found {
	r := 0
	for c := range p.cues.len() {
		k := p.cues.at(c)
		if k.used || k.flags&fTranscript != 0 || !k.body.valid() && !k.pre.valid() {
			continue
		}
		sp := k.pre
		if !sp.valid() {
			sp = k.body
		} else if k.body.valid() {
			sp.e = k.body.e
		}
		for r < len(p.regs) && int32(p.regs[r].end) <= sp.s {
			r++
		}
		if r < len(p.regs) && int32(p.regs[r].start) < sp.e {
			continue // it holds a quotation that another cue took
		}
		f := found{kind: KindIndirect, rule: k.reportedRule(), cue: int32(c), para: k.para, ok: true}
		n := 0
		if k.pre.valid() {
			n++
		}
		if k.body.valid() {
			n++
		}
		f.content = p.spans(n)
		n = 0
		if k.pre.valid() {
			f.content[n] = k.pre.span()
			n++
		}
		if k.body.valid() {
			f.content[n] = k.body.span()
		}
		fs = append(fs, f)
	}
	return fs
}

// reportedRule returns the rule of reported speech attributed by c.
func (c *cue) reportedRule() ruleID {
	if c.rule == ruleIndirect && c.pre.valid() {
		return ruleInverted
	}
	return c.rule
}

// spans returns n spans for a quote's Content. They share an array with
// other quotes' Content, so that a report's quotes cost few allocations,
// but never its capacity: appending to them copies.
func (p *Pass) spans(n int) []article.Span {
	if len(p.free) < n {
		p.free = make([]article.Span, max(n, spanChunk))
	}
	s := p.free[:n:n]
	p.free = p.free[n:]
	return s
}

// spanChunk is how many spans spans allocates at once.
const spanChunk = 32

// concat returns a and b joined in new spans from spans.
func (p *Pass) concat(a, b []article.Span) []article.Span {
	s := p.spans(len(a) + len(b))
	copy(s[copy(s, a):], b)
	return s
}

// continuations gives a quote that nothing attributes and that fills its
// sentence the speaker of the quote before it in its paragraph or the
// paragraph before, or else of the next quote in its paragraph. Reported
// speech counts as a quote before: in `…, the mayor said. "We will
// rebuild."` the mayor goes on speaking.
func (p *Pass) continuations(fs []found) {
	last := -1    // the last quotation attributed to a speaker
	lastCue := -1 // the last cue with a speaker whose content held no quotation
	lastAct := -1 // the last act of speaking with no content: "Alice began talking to Bob."
	c := 0
	for i := range fs {
		f := &fs[i]
		st := f.span().Start
		for ; c < p.cues.len() && p.cues.at(c).from < int32(st); c++ {
			if k := p.cues.at(c); !k.used && k.spk.valid() && (k.body.valid() || k.pre.valid()) && k.flags&fTranscript == 0 {
				lastCue = c
			} else if !k.used && k.spk.valid() && k.name == cueWord && text.Core().Entry(k.lemma).Class&text.Speech != 0 {
				lastAct = c
			}
		}
		if f.ok {
			if f.cue >= 0 && p.cues.at(int(f.cue)).spk.valid() {
				last = i
			}
			continue
		}
		if f.rule != ruleNone {
			continue
		}
		from := int32(-1)
		switch {
		case lastAct >= 0 && p.cues.at(lastAct).para == f.para && (lastCue < 0 || lastAct > lastCue) &&
			(last < 0 || p.cues.at(lastAct).from > int32(fs[last].span().End) && (fs[last].cue < 0 || p.cues.at(int(fs[last].cue)).sent != p.cues.at(lastAct).sent)):
			// not an act in the sentence of the last quote: `"…," Obama said
			// at the dinner, where Clinton also spoke. "…"` goes on with Obama
			from = int32(lastAct) // Alice began talking to Bob. "Lorem ipsum."
		case lastCue >= 0 && (last < 0 || p.cues.at(lastCue).from > int32(fs[last].span().End)) && p.cues.at(lastCue).para >= f.para-1:
			from = int32(lastCue)
		case last >= 0 && fs[last].para >= f.para-1:
			from = fs[last].cue
		default:
			for j := i + 1; j < len(fs) && fs[j].para == f.para; j++ {
				if fs[j].ok && fs[j].cue >= 0 && p.cues.at(int(fs[j].cue)).spk.valid() {
					from = fs[j].cue
					break
				}
			}
		}
		if from >= 0 {
			f.cue, f.continues, f.rule = from, true, ruleContinues
		}
	}
}

// joinContinued makes a direct quote that continues the direct quote
// before or after it in its own paragraph a fragment of it: `"A," he said.
// "B."` is one quote, as is `"A." "B," she said.`.
func (p *Pass) joinContinued(fs []found) []found {
	out := fs[:0]
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.kind == KindDirect {
			// following quotes of the paragraph that continue this one
			for i+1 < len(fs) && fs[i+1].continues && fs[i+1].kind == KindDirect && fs[i+1].cue == f.cue && fs[i+1].para == f.para && f.ok {
				f.content = p.concat(f.content, fs[i+1].content)
				f.unclosed = f.unclosed || fs[i+1].unclosed
				i++
			}
			// `"A." "B," she said.`: this one continues the next
			if f.continues && i+1 < len(fs) && fs[i+1].ok && fs[i+1].cue == f.cue && fs[i+1].para == f.para && fs[i+1].kind == KindDirect {
				g := fs[i+1]
				g.content = p.concat(f.content, g.content)
				g.unclosed = g.unclosed || f.unclosed
				f = g
				i++
			}
		}
		out = append(out, f)
	}
	return out
}

// functionWordsOnly reports whether s is a few words the word table knows
// only as function words: prepositions, determiners, conjunctions,
// auxiliaries.
func functionWordsOnly(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	// (a pronoun is what was said about: "Ivanka Trump mentioned it")
	const function = text.Prep | text.Det | text.Conj | text.Sub | text.Aux | text.Modal
	tab := text.Core()
	for _, w := range ws {
		w = strings.Trim(w, ".,;:!?\"'’”“")
		id := tab.ID(strings.ToLower(w))
		if id == 0 {
			return false
		}
		if c := tab.Entry(id).Class; c&function == 0 || c&(text.Noun|text.Verb|text.Adj|text.Num|text.Pron) != 0 {
			return false
		}
	}
	return true
}
