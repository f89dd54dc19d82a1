package quote

import (
	"sort"
	"sync"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// A sent is one sentence as the rules read it: its tagged tokens, its
// linked chunks and the quotations that overlap it.
type sent struct {
	src     string
	toks    []text.Token
	cs      []text.Chunk
	chunk   []int32 // the chunk of each token
	quoted  []region
	heading bool // a heading, the headline, or a first paragraph that may be the title
	title   bool // a heading or the headline, or a first paragraph that reads as one
}

// A tspan is a run of a sentence's tokens, [s, e).
type tspan struct{ s, e int }

func (t tspan) empty() bool { return t.s >= t.e }

// An att is an attribution found in a sentence, in token indexes: what
// the rules return.
type att struct {
	rule   ruleID
	name   cueName
	lemma  text.ID
	class  text.Class // the cue word's classes
	cue    tspan      // the cue words
	spk    tspan      // the speaker as written; empty for none
	head   tspan      // the words of the speaker an entity must name
	via    tspan
	viaHd  tspan
	from   int   // the attribution's first token
	to     int   // just past its last token: speaker, cue and adverbials
	body   int   // the content's first token after the attribution; -1 for none
	end    int   // just past the content's last token after it
	pre    tspan // the content before the attribution: `…, X said`
	subj   int   // the subject's chunk; -1 for none
	vg     int   // the cue's verb group; -1 for none
	flags  cueFlag
	inv    bool // may close content before it: `…, X said.`
	rel    bool // in a relative clause: its content ends at the clause's comma
	gone   bool // dropped: part of another's content, or the outer source of a chain
	second bool // content after it continues the content before: `A, X said, B.`
}

// maxAtts bounds the attributions read in one sentence.
const maxAtts = 16

// A reading is the scratch memory of a pass's rules, reused from sentence
// to sentence.
type reading struct {
	chunk []int32
	atts  []att
	rcur  int // p.regs before rcur end before the sentence being read
}

// sentence reads the attributions of sentence s of paragraph para and
// keeps them as cues.
func (p *Pass) sentence(ws *text.Sentence, para int) {
	r := &p.r
	s := sent{src: p.src, toks: ws.Toks, cs: ws.Chunks}
	if len(s.toks) == 0 {
		return
	}
	r.chunk = r.chunk[:0]
	for k := range s.cs {
		for range s.cs[k].End - s.cs[k].Start {
			r.chunk = append(r.chunk, int32(k))
		}
	}
	s.chunk = r.chunk
	for r.rcur < len(p.regs) && p.regs[r.rcur].end <= ws.Start {
		r.rcur++
	}
	n := r.rcur
	for n < len(p.regs) && p.regs[n].start < ws.End {
		n++
	}
	s.quoted = p.regs[r.rcur:n]
	pg := p.a.Paragraphs[para]
	// a heading, the headline, or the first paragraph of a report that
	// has no headline of its own: it is often the title
	s.title = pg.Kind == article.KindHeading || p.a.Headline.IsValid() && p.a.Headline.Start < ws.End && ws.Start < p.a.Headline.End
	s.heading = s.title || para == 0 && !p.a.Headline.IsValid()
	s.title = s.title || s.heading && !endsWithStop(&s)
	s.markOpeners()
	r.atts = s.attributions(r.atts[:0])
	s.settle(r.atts)
	p.keep(&s, r.atts, ws.Start, para)
	p.persons(&s, len(s.toks), int32(ws.Start))
	p.prevSent = int32(ws.Start)
}

// persons records the last singular persons that descriptions in s name
// before token end ("a man", "the driver"): a "he" or "she" after them may
// mean them rather than someone named earlier.
func (p *Pass) persons(s *sent, end int, start int32) {
	for k := range s.cs {
		c := &s.cs[k]
		if int(c.Start) >= end {
			break
		}
		h := &s.toks[c.Head]
		if c.Kind != text.NG || c.Is(text.FName) || c.Is(text.FPron) || c.Is(text.FPlural) || h.Class&(text.Person|text.Title|text.Kin) == 0 || s.inQuote(int(c.Head)) {
			continue
		}
		sp := span32{s.toks[c.Start].Start, s.toks[c.End-1].End}
		if h.Class&text.Female == 0 {
			p.he, p.heSent = sp, start
		}
		if h.Class&text.Male == 0 {
			p.she, p.sheSent = sp, start
		}
	}
}

// rival returns the person a description names last before speaker spk,
// a "he" or a "she", in its sentence or the one before; zero for none or
// another speaker.
func (p *Pass) rival(s *sent, spk tspan, start int32) span32 {
	if spk.e != spk.s+1 || s.cs[s.chunk[spk.s]].Kind != text.NG || !s.cs[s.chunk[spk.s]].Is(text.FPron) {
		return span32{}
	}
	cls := s.toks[spk.s].Class
	if cls&(text.Male|text.Female) == 0 || cls&text.Sg == 0 {
		return span32{}
	}
	he, she, hs, ss := p.he, p.she, p.heSent, p.sheSent
	p.persons(s, spk.s, start) // this sentence's, before the speaker
	r, rs := p.she, p.sheSent
	if cls&text.Male != 0 {
		r, rs = p.he, p.heSent
	}
	p.he, p.she, p.heSent, p.sheSent = he, she, hs, ss
	if rs != start && rs != p.prevSent {
		return span32{}
	}
	return r
}

// endsWithStop reports whether a sentence ends with a full stop, as a
// headline does not.
func endsWithStop(s *sent) bool {
	for i := len(s.toks) - 1; i >= 0; i-- {
		t := &s.toks[i]
		if t.Kind == text.Quote || t.Kind == text.Apos {
			continue
		}
		return t.IsMark('.') || t.IsMark('!') || t.IsMark('?')
	}
	return false
}

// attributions appends the attributions of s to out: the rules' findings,
// chunk by chunk, outside quotations.
func (s *sent) attributions(out []att) []att {
	for k := 0; k < len(s.cs) && len(out) < maxAtts; k++ {
		c := &s.cs[k]
		if s.inQuote(int(c.Head)) {
			continue // a quoted speaker's own words
		}
		if a, ok := s.pattern(k); ok {
			out = append(out, a)
			if a.to > 0 && a.to <= len(s.toks) {
				k = max(k, int(s.chunk[a.to-1])) // the pattern's words are read
			}
			continue
		}
		var a att
		ok := false
		switch c.Kind {
		case text.VG:
			a, ok = s.verbCue(k)
		case text.MG:
			if s.toks[c.Start].IsMark(':') {
				a, ok = s.colonIntro(k)
			} else if s.toks[c.Start].Kind == text.Dash {
				a, ok = s.dashByline(k)
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	for _, q := range s.quoted {
		if !q.label || len(out) >= maxAtts {
			continue
		}
		i := sort.Search(len(s.toks), func(i int) bool { return int(s.toks[i].Start) >= q.start })
		if l := s.transcriptLabel(i); l.s > 0 {
			// "PENCE: Well, …: the label speaks the quotation it opens
			o := l.s - 1
			for o > 0 && s.toks[o-1].Kind == text.Quote {
				o--
			}
			out = append(out, att{rule: ruleColon, name: cueColon, flags: fTranscript, spk: l, head: l,
				cue: tspan{l.e, l.e + 1}, from: o, to: l.e + 1, body: o, subj: -1, vg: -1})
		}
	}
	return out
}

// inQuote reports whether token i lies inside a quotation, between its
// marks.
func (s *sent) inQuote(i int) bool {
	t := &s.toks[i]
	// the last quotation that starts before the token
	k := sort.Search(len(s.quoted), func(k int) bool { return s.quoted[k].start >= int(t.Start) }) - 1
	if k < 0 {
		return false
	}
	q := &s.quoted[k]
	return int(t.End) < q.end || q.unclosed && int(t.End) <= q.end
}

// markOpeners sets the opens and label flags of the quotations that start
// in s: whether only opening words and marks come before one, in its
// sentence or after a dash or colon ("And", "But", "Still,", "WASHINGTON
// (AP) —"), and whether it opens with a transcript's speaker label.
func (s *sent) markOpeners() {
	opens := true
	q := sort.Search(len(s.quoted), func(k int) bool { return s.quoted[k].start >= int(s.toks[0].Start) })
	for i := range s.toks {
		t := &s.toks[i]
		for q < len(s.quoted) && s.quoted[q].start <= int(t.Start) {
			if s.quoted[q].start == int(t.Start) {
				s.quoted[q].opens = opens
				s.quoted[q].label = s.transcriptLabel(i).s >= 0
			}
			q++
		}
		switch t.Tag {
		case text.TDash:
			opens = true
		case text.TPunct:
			opens = opens || t.IsMark(':') || t.IsMark(';')
		case text.TConj, text.TAdv, text.TQuote, text.TSub:
		default:
			opens = false
		}
	}
}

// settle decides how the attributions of one sentence share it: where the
// content of each ends, which is part of another's content, which are
// chains (`CNN reported that the mayor said …`: the mayor's, via CNN).
func (s *sent) settle(as []att) {
	n := len(s.toks)
	last := n // the content's end: before closing punctuation
	for last > 0 && isClosing(&s.toks[last-1]) {
		last--
	}
	for i := range as {
		a := &as[i]
		if a.body >= 0 {
			a.end = s.clauseEnd(a, last)
			if a.rel {
				a.end = s.clauseComma(a.body, a.end)
			}
			a.end = s.nounContentEnd(a.body, a.end)
		}
		if a.inv {
			a.pre = tspan{s.contentStart(0), s.trimBack(a.from)}
		}
	}
	// `A, X said, B.`: what follows the attribution after a comma
	// continues the content before it, unless another attribution has it
	for i := range as {
		a := &as[i]
		if a.gone || !a.inv || a.body >= 0 || a.to+1 >= last || !s.toks[a.to].IsMark(',') {
			continue
		}
		free := true
		for j := range as {
			free = free && (as[j].gone || as[j].from < a.to || !saying(&as[j]))
		}
		if n := &s.toks[a.to+1]; free && n.IsWord() && !(n.Tag == text.TSub && isContrast(n.ID)) {
			a.body, a.end, a.second = a.to+1, last, true
		}
	}
	for i := range as {
		a := &as[i]
		if a.gone {
			continue
		}
		for j := i + 1; j < len(as); j++ {
			b := &as[j]
			if b.gone {
				continue
			}
			switch {
			case b.inv && !b.pre.empty() && a.from >= b.pre.s && a.from < b.pre.e:
				// `X said A, the paper reported`: a is in b's content
				if s.chain(b, a, b.pre.s) {
					if a.body >= 0 {
						a.end = min(a.end, b.pre.e)
					}
				} else {
					a.gone = true
				}
			case a.body >= 0 && b.cue.s >= a.body && b.cue.s < a.end:
				s.within(a, b)
			}
		}
	}
	// content before an attribution starts after the one before it
	prevEnd := 0
	for i := range as {
		a := &as[i]
		if a.gone {
			continue
		}
		if a.inv && a.pre.s < prevEnd {
			a.pre.s = s.contentStart(prevEnd)
		}
		if a.body >= 0 {
			prevEnd = max(prevEnd, a.end)
		} else {
			prevEnd = max(prevEnd, a.to)
		}
	}
}

// within settles b, found inside a's content after it: a clause of its own
// coordinated with a's (`X said A, and Y noted B`) ends a's content; one
// that opens a's content is a chain (`CNN reported that the mayor said`);
// any other is part of a's content.
func (s *sent) within(a, b *att) {
	if cut, ok := s.coordinated(a, b); ok {
		a.end = s.trimBack(cut)
		return
	}
	if s.chain(a, b, a.body) {
		return
	}
	b.gone = true
}

// chain makes inner's source relay outer's speaker, `CNN reported that the
// mayor said …`, `according to the Herald, a source said …`, when inner's
// attribution opens outer's content at start and both are acts of saying;
// it drops outer and reports true.
func (s *sent) chain(outer, inner *att, start int) bool {
	if !saying(outer) || !saying(inner) || inner.spk.empty() || inner.rel || inner.subj >= 0 && !s.canSpeak(inner.subj, text.Evaluation) {
		return false // `she says it underscores that …` is her claim, not a chain
	}
	if inner.subj >= 0 && s.cs[inner.subj].Is(text.FPron) {
		return false // `she said she recalled …`: one speaker
	}
	if inner.vg >= 0 && s.cs[inner.vg].Flags&(text.FModal|text.FFuture|text.FInf|text.FFinite) != text.FFinite {
		return false // `said Melania would discuss …`: no saying yet; `tweets accusing`: a description
	}
	if inner.name == cueWord && inner.class&text.Evaluation != 0 {
		return false // `says the Ohio native nicknamed "King James" is …`: a judgement she reports
	}
	if s.contentStart(start) != inner.from {
		return false
	}
	inner.via, inner.viaHd = outer.spk, outer.head
	if outer.via.s < outer.via.e { // a longer chain: the outermost relays
		inner.via, inner.viaHd = outer.via, outer.viaHd
	}
	outer.gone = true
	return true
}

// saying reports whether a is an act of saying or reporting, which may
// relay another's words.
func saying(a *att) bool {
	return a.name == cueAccording || a.name == cueQuotedAs || a.class&(text.Speech|text.Publish) != 0 && a.rule != ruleAgentless
}

// coordinated reports whether b, inside a's content, starts a clause of its
// own beside a's: an act of saying or a participle of a's speaker (`X
// said A, and Y noted B`, `X criticised the bill, saying B`), after a
// comma, a semicolon, a dash or a coordinating conjunction, and not
// inside a subordinate clause of a's content (`X said that when Y
// arrived, Z …`). Thoughts and judgements coordinated inside what a
// reports are a's (`X says she hopes A, but she knows B`). It returns
// where a's content ends: at the coordinator (`X said A, and when
// pressed, Y replied B` ends A at ", and").
func (s *sent) coordinated(a, b *att) (int, bool) {
	if b.from <= a.body || b.rel || b.inv && !b.second {
		return 0, false
	}
	local := !b.spk.empty() && b.from <= b.spk.s
	if !local && !b.spk.empty() && b.spk.s >= a.body && b.spk.s < b.from {
		return 0, false // the subject is in a's content: "said Y attacked Z and criticized W"
	}
	if !saying(b) && b.rule != ruleParticiple && b.subj != a.subj {
		return 0, false
	}
	c := s.coordinatorStart(b.from)
	if c == b.from {
		return 0, false
	}
	cut, sub := c, false
	for k := int(s.chunk[a.body]); k < int(s.chunk[c]); k++ {
		switch x := &s.cs[k]; {
		case x.Kind == text.SG && s.toks[x.Start].Tag == text.TSub && k == int(s.chunk[a.body]):
			sub = true // the content opens with a subordinate clause: its comma does not end the content
		case x.Kind == text.CG && k > 0 && s.cs[k-1].Kind == text.MG && s.toks[s.cs[k-1].Start].IsMark(',') && !sub:
			return int(s.cs[k-1].Start), true // ", and when pressed, Y replied"
		}
	}
	return cut, !sub
}

// coordinatorStart returns where the marks and conjunctions that join the
// clause starting at token i to what comes before it start, or i when
// there are none: ", and", ";", "while".
func (s *sent) coordinatorStart(i int) int {
	j := i
	for j > 0 {
		t := &s.toks[j-1]
		switch {
		case t.IsMark(',') || t.IsMark(';') || t.Kind == text.Dash:
		case t.Tag == text.TConj:
		case t.Tag == text.TSub && isContrast(t.ID):
		default:
			return j
		}
		j--
	}
	return j
}

// isContrast reports whether the subordinator id opens a clause of its own
// beside another: while, whereas, although, though.
func isContrast(id text.ID) bool {
	ids := words()
	return id == ids.while || id == ids.whereas || id == ids.although || id == ids.though
}

// contentStart returns the first token from i on that may start content:
// past opening conjunctions, adverbs and marks.
func (s *sent) contentStart(i int) int {
	for i < len(s.toks) {
		t := &s.toks[i]
		switch {
		case t.Tag == text.TConj, t.Tag == text.TPunct && !t.IsMark('('), t.Tag == text.TDash:
		case t.Tag == text.TAdv && s.cs[s.chunk[i]].Kind == text.RG && i+1 < len(s.toks) && s.toks[i+1].IsMark(','):
			// "However, …"
		default:
			return i
		}
		i++
	}
	return i
}

// trimBack returns i moved back over the marks before it: content ends
// before the comma or dash that leads to an attribution.
func (s *sent) trimBack(i int) int {
	for i > 0 && isClosing(&s.toks[i-1]) {
		i--
	}
	return i
}

// isClosing reports whether t is punctuation that may close content.
func isClosing(t *text.Token) bool {
	if t.Kind == text.Dash {
		return true
	}
	if t.Kind != text.Punct {
		return false
	}
	switch t.Rune() {
	case '.', ',', ';', ':', '!', '?', '…':
		return true
	}
	return false
}

// clauseEnd returns where the content of a, which starts at a.body, ends
// at the latest: before a finite verb whose subject comes before the
// content, or that has none, as the verb of an outer clause does (`the
// memo in which he called the deal "a betrayal" was leaked`).
func (s *sent) clauseEnd(a *att, last int) int {
	verb := false // the content's clause has its verb
	for k := int(s.chunk[a.body]) + 1; k < len(s.cs) && int(s.cs[k].Start) < last; k++ {
		v := &s.cs[k]
		if v.Kind != text.VG || v.Flags&(text.FFinite|text.FInf|text.FIng|text.FPartic) != text.FFinite || s.inQuote(int(v.Head)) {
			continue
		}
		if v.Subj >= 0 && int(s.cs[v.Subj].Start) < a.body || v.Subj < 0 && s.afterClosing(k) {
			return s.trimBack(s.coordinatorStart(int(v.Start)))
		}
		// a second verb with no subject and no "and" is the sentence's:
		// "the claim that checks had been skipped was denied"
		if v.Subj < 0 && verb && a.rule == ruleNounCue && s.cs[k-1].Kind != text.CG && !s.toks[s.cs[k].Start-1].IsMark(',') {
			return s.trimBack(int(v.Start))
		}
		verb = true
	}
	return last
}

// afterClosing reports whether chunk k follows a closing quotation mark
// or parenthesis: a verb there with no subject found has the subject of
// the phrase the quotation ends.
func (s *sent) afterClosing(k int) bool {
	if k == 0 {
		return false
	}
	t := &s.toks[s.cs[k].Start-1]
	return t.Kind == text.Quote && t.Shape&text.Open == 0 || t.IsMark(')')
}

// nounContentEnd returns where content that is a noun phrase, starting at
// token b, ends at the latest: before a semicolon, or a comma or dash that
// leads to a clause or a verb of its own (`opposed the border agreement
// last week, putting Turkey at odds`; `wary of the agreement, and much of
// Ottawa has run out of patience`), not one that leads to more of a list
// (`targets, training camps, supply lines`); end when the content is a
// clause.
func (s *sent) nounContentEnd(b, end int) int {
	k := int(s.chunk[b])
	if s.cs[k].Kind != text.NG || s.clauseAt(b) || int(s.cs[k].Start) != b {
		return end
	}
	for j := s.phraseEnd(k); j < len(s.cs) && int(s.cs[j].Start) < end; j++ {
		c := &s.cs[j]
		t := &s.toks[c.Start]
		if c.Kind != text.MG || s.inQuote(int(c.Start)) {
			continue
		}
		if t.IsMark(';') {
			return s.trimBack(int(c.Start))
		}
		if !t.IsMark(',') && t.Kind != text.Dash {
			continue
		}
		n := j + 1
		for n < len(s.cs) && (s.cs[n].Kind == text.CG || s.cs[n].Kind == text.RG) {
			n++
		}
		if n < len(s.cs) && (s.cs[n].Kind == text.VG || s.cs[n].Kind == text.SG || s.cs[n].Kind == text.NG && s.clauseAt(int(s.cs[n].Start))) {
			return s.trimBack(int(c.Start))
		}
	}
	return end
}

// clauseComma returns the first comma from i on, before end, or end: a
// relative clause ends there.
func (s *sent) clauseComma(i, end int) int {
	for ; i < end; i++ {
		if s.toks[i].IsMark(',') {
			return i
		}
	}
	return end
}

// keep turns the settled attributions of s, a sentence starting at byte
// start, into cues.
func (p *Pass) keep(s *sent, as []att, start, para int) {
	for i := range as {
		a := &as[i]
		if a.gone {
			continue
		}
		c := cue{sent: int32(start), para: int32(para), lemma: a.lemma, name: a.name, rule: a.rule, flags: a.flags, open: -1}
		if s.title {
			c.flags |= fHeading
		}
		c.from = s.toks[a.from].Start
		c.lead = c.from
		for j := a.from; j > 0 && isLead(&s.toks[j-1]); j-- {
			c.lead = s.toks[j-1].Start
		}
		if a.from == 0 {
			c.lead = int32(start)
		}
		c.upto = c.from
		if a.to > a.from && a.to <= len(s.toks) {
			c.upto = s.toks[a.to-1].End
		}
		c.words = s.bytes(a.cue)
		c.spk, c.head = s.bytes(a.spk), s.bytes(a.head)
		c.rival = p.rival(s, a.spk, int32(start))
		c.via, c.viaHd = s.bytes(a.via), s.bytes(a.viaHd)
		if a.body >= 0 && a.body < len(s.toks) {
			c.open = s.toks[a.body].Start
			if a.body > 0 && s.toks[a.body-1].IsMark(':') {
				c.flags |= fAfterColon
			}
			b := a.body
			for b < a.end && s.toks[b].Kind == text.Quote {
				b++ // the content's words start after its marks
			}
			if b < a.end {
				c.body = span32{s.toks[a.body].Start, s.toks[a.end-1].End}
				c.body.e = s.quotedOnly(a.body, c.body.e)
			}
		}
		if !a.pre.empty() {
			c.pre = s.bytes(a.pre)
		}
		if !c.body.valid() && !c.pre.valid() && c.flags&fColonEnd == 0 && !p.quotesIn(para) {
			continue // no content and no quotation to attribute: nothing to keep
		}
		p.cues.push(c)
	}
}

// quotedOnly returns where content that opens at token b with a
// quotation ends when a clause of its own follows the quotation: `so I
// said 'nah, forget it' go home` ends at the closing mark; otherwise end.
func (s *sent) quotedOnly(b int, end int32) int32 {
	k := sort.Search(len(s.quoted), func(k int) bool { return s.quoted[k].start >= int(s.toks[b].Start) })
	if k == len(s.quoted) || s.quoted[k].start != int(s.toks[b].Start) || int32(s.quoted[k].end) >= end {
		return end
	}
	q := s.quoted[k]
	i := sort.Search(len(s.toks), func(i int) bool { return int(s.toks[i].Start) >= q.end })
	if i < len(s.toks) && s.toks[i].IsWord() {
		if c := &s.cs[s.chunk[i]]; c.Kind == text.VG && c.Flags&text.FFinite != 0 || c.Kind == text.SG {
			return int32(q.end)
		}
	}
	return end
}

// quotesIn reports whether paragraph para holds a quotation.
func (p *Pass) quotesIn(para int) bool {
	k := p.r.rcur
	return k < len(p.regs) && p.regs[k].para == int32(para) || k > 0 && p.regs[k-1].para == int32(para)
}

// isLead reports whether t may stand between a quotation and the
// attribution after it: `"…," he said`, `"…" — X`.
func isLead(t *text.Token) bool {
	return t.Kind == text.Quote || t.Kind == text.Apos || t.Kind == text.Dash || t.IsMark(',')
}

// bytes returns the bytes of tokens t.
func (s *sent) bytes(t tspan) span32 {
	if t.empty() || t.e > len(s.toks) {
		return span32{}
	}
	return span32{s.toks[t.s].Start, s.toks[t.e-1].End}
}

// words holds the IDs of the words the rules read by word.
type wordIDs struct {
	while, whereas, although, though, as, by, from, that, it, this, these, following, who, which, and, or, of, add, for_ ID
}

// ID is a word's ID in the core table.
type ID = text.ID

var words = sync.OnceValue(func() *wordIDs {
	t := text.Core()
	return &wordIDs{while: t.ID("while"), whereas: t.ID("whereas"), although: t.ID("although"), though: t.ID("though"),
		as: t.ID("as"), by: t.ID("by"), from: t.ID("from"), that: t.ID("that"), it: t.ID("it"), this: t.ID("this"),
		these: t.ID("these"), following: t.ID("following"), who: t.ID("who"), which: t.ID("which"), and: t.ID("and"), or: t.ID("or"), of: t.ID("of"), add: t.ID("add"),
		for_: t.ID("for")}
})
