package stance

import (
	"sync"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/grow"
	"github.com/newsmodel/newsmodel/internal/text"
	"github.com/newsmodel/newsmodel/quote"
)

// An Extractor finds stance relations in articles. The zero Extractor is
// ready to use and uses [DefaultLexicon]. An Extractor is safe for
// concurrent use: extraction never modifies it.
type Extractor struct {
	// Lexicon holds the cues to look for; nil means [DefaultLexicon].
	Lexicon *Lexicon
}

// Extract finds the stances of a with the zero [Extractor].
func Extract(a *article.Article, ents []entity.Entity, quotes []quote.Quote) []Relation {
	return new(Extractor).Extract(a, ents, quotes)
}

// Extract finds the stance relations of a, in document order of their cues.
// ents and quotes, as found by the entity and quote packages, may be nil:
// holders and targets then stay the text's own noun phrases, pronouns
// resolved to the names before them. When given, a party whose head an
// entity's mention covers takes that entity, and a stance inside a quote's
// content is reported Via the quote's speaker, who also becomes its holder
// when the content's holder is "I" or "we", or when the stance is the
// speaker's own evaluation ("X is a disgrace").
func (x *Extractor) Extract(a *article.Article, ents []entity.Entity, quotes []quote.Quote) []Relation {
	if a == nil {
		return nil
	}
	p := x.NewPass(a)
	r := text.GetReader(p.lex.table)
	for w := range a.Windows(r) {
		p.Window(w)
	}
	text.PutReader(r)
	return p.Relations(ents, quotes)
}

// A Pass finds the stances of an article window by window, for the
// pipeline of package newsmodel, which reads each window of sentences once
// for all its stages: [Extractor.NewPass], then [Pass.Window] for each
// window in order, then [Pass.Relations]. A Pass should not be shared.
type Pass struct {
	lex  *Lexicon
	a    *article.Article
	recs []rec  // what the windows found, for Relations
	vias []part // the speakers the records are reported through
	sc   *scratch
	// what the text alone knows of earlier sentences, for pronouns
	para        int  // the paragraph of the last sentence read
	lastName    part // the first name of the last sentence that had one
	lastSpeaker part // the paragraph's last named speaker
}

// NewPass returns a pass over a's stances.
func (x *Extractor) NewPass(a *article.Article) *Pass {
	lex := x.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	sc := scratches.Get().(*scratch)
	return &Pass{lex: lex, a: a, para: -1, sc: sc, recs: sc.recs[:0]}
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// release returns the pass's scratch memory to the pool, unless a long
// sentence or report grew it past what ordinary news needs; none of it is
// handed to the caller.
func (p *Pass) release() {
	sc := p.sc
	p.sc = nil
	if sc != nil && sc.reader != nil {
		text.PutReader(sc.reader)
		sc.reader = nil
	}
	if sc == nil || cap(sc.r.used) > maxPooled/64 || cap(p.recs) > maxPooled || cap(sc.r.frames) > maxFrames {
		return
	}
	clear(p.recs)
	sc.recs = p.recs[:0]
	sc.r = reading{used: sc.r.used[:0], frames: sc.r.frames[:0], whos: sc.r.whos[:0]}
	scratches.Put(sc)
}

// maxPooled bounds the tokens of a sentence and the records of a report
// whose scratch memory goes back to the pool.
const maxPooled = 4096

// Window reads a window of the article's sentences, in order. A window
// read with another word table than the lexicon's (the pipeline reads with
// the core table; a caller's lexicon may add cue words to its own) is read
// again with the lexicon's.
func (p *Pass) Window(w *text.Window) {
	if p.lex.extra && w.Table != p.lex.table {
		w = p.reread(w)
	}
	for i := range w.Sentences {
		s := &w.Sentences[i]
		para := -1
		if s.Index < len(p.a.Sentences) {
			para = p.a.Sentences[s.Index].Paragraph
		}
		if para != p.para {
			p.lastSpeaker = part{}
			p.para = para
		}
		p.sentence(w.Src, s)
	}
}

// reread reads the sentences of w again with the lexicon's word table.
func (p *Pass) reread(w *text.Window) *text.Window {
	if p.sc.reader == nil {
		p.sc.reader = text.GetReader(p.lex.table)
	}
	r := p.sc.reader
	r.Reset(w.Src)
	for _, s := range w.Sentences {
		r.Add(s.Index, s.Start, s.End)
	}
	return r.Window()
}

// A rec is a relation as a pass records it until Relations: spans and
// indexes, no pointers into the window.
type rec struct {
	sent           int32 // the index of the sentence, the evidence
	entry          int32 // the lexicon entry
	cue            span
	pol            Polarity
	neg, hyp       bool
	holder, target part
	speaker        part  // the innermost speaker the sentence names for the cue
	via            int32 // the speakers it is reported through: Pass.vias[via:via+nvia]
	nvia           uint8
}

// maxVia is the most speakers a sentence reports a stance through.
const maxVia = 3

// sentence finds the stances of one sentence.
func (p *Pass) sentence(src string, s *text.Sentence) {
	r := p.sc.read(src, s, p.lex)
	r.findFrames()
	p.speakers(r)
	for t := range r.toks {
		if r.isUsed(t) {
			continue
		}
		ps := p.lex.patterns(r.id(t))
		if len(ps) == 0 || r.toks[t].Tag == text.TName && !r.epithet(t) {
			continue // a capitalised word inside a sentence is a name: "the Supreme Court"
		}
		var best match
		found := false
		for _, pi := range ps {
			if m, ok := r.match(int(pi), t); ok && (!found || m.better(best)) {
				best, found = m, true
			}
		}
		if found {
			for i := best.cueS; i < best.cueE; i++ {
				r.use(i)
			}
			st := r.stating(&best)
			p.emit(r, &best, st)
			if st.neg {
				// "not a war against Islam but a war against terrorists"
				if y := r.contrast(&best); y.ok {
					best.target, st.neg = y, false
					p.emit(r, &best, st)
				}
			}
		}
	}
	p.remember(r)
}

// speakers gives each frame of the sentence its speaker as a part,
// pronouns resolved, and remembers the paragraph's last named speaker.
func (p *Pass) speakers(r *reading) {
	r.whos = r.whos[:0]
	for i := range r.frames {
		w := p.part(r, r.frames[i].who)
		if _, ok := r.actor(r.frames[i].who); !ok && w.who == pWords {
			w.who = pReporter // a document reports, but holds nothing
		}
		r.whos = append(r.whos, w)
		if w.who == pWords && r.toks[r.frames[i].who.head].Tag == text.TName {
			p.lastSpeaker = w
		}
	}
}

// emit records the relations of a match as st states it.
func (p *Pass) emit(r *reading, m *match, st stating) {
	if st.none {
		return
	}
	pol := p.lex.entries[p.lex.pats[m.pat].entry].Polarity
	if pol != Support && pol != Oppose {
		return
	}
	if st.neg {
		if pol == Support {
			pol = Oppose
		} else {
			pol = Neutral
		}
	}
	if st.hyp {
		pol = Neutral // a hedged stance is not a stated one
	}
	x := rec{sent: int32(r.s.Index), entry: int32(p.lex.pats[m.pat].entry), pol: pol, neg: st.neg, hyp: st.hyp,
		cue: r.span(m.cueS, m.cueE)}
	fr := r.framesAt(m.group, m, p.sc.fr[:0])
	p.sc.fr = fr
	var via [maxVia]part
	for _, i := range fr {
		w := r.whos[i]
		dup := false
		for _, v := range via[:x.nvia] {
			dup = dup || v.span == w.span
		}
		if int(x.nvia) < maxVia && w.ok() && !dup {
			via[x.nvia] = w
			x.nvia++
		}
	}
	x.via = -1 // the speakers are kept with the first relation
	if len(fr) > 0 {
		x.speaker = r.whos[fr[len(fr)-1]]
	}
	holders := p.sc.holders[:0]
	if m.holderFrom == fromSpeaker {
		// the speaker's own evaluation of a named party
		if !r.named(m.target) {
			return
		}
		holders = append(holders, slot{})
	} else {
		for _, h := range r.conjuncts(m.holder, p.sc.conj[:0]) {
			if a, ok := r.actor(h); ok {
				holders = append(holders, r.preferName(a))
			}
		}
	}
	p.sc.holders = holders
	targets := r.conjuncts(m.target, p.sc.conj[:0])
	p.sc.conj = targets
	for _, h := range holders {
		x.holder = part{who: pSpeaker}
		if h.ok {
			x.holder = p.part(r, h)
		}
		if !x.holder.ok() {
			continue
		}
		for _, t := range targets {
			if !t.ok || t.s < h.e && h.s < t.e || !r.target(t) {
				continue
			}
			x.target = p.partBeside(r, r.preferName(t), h)
			if x.target.ok() {
				if x.via < 0 {
					x.via = int32(len(p.vias))
					for _, v := range via[:x.nvia] {
						p.vias = grow.Append(p.vias, v)
					}
				}
				p.recs = grow.Append(p.recs, x)
			}
		}
	}
}

// part returns the part a slot stands for.
func (p *Pass) part(r *reading, sl slot) part { return p.partBeside(r, sl, slot{}) }

// partBeside returns the part a slot stands for beside another party,
// which a pronoun does not stand for: "Toomey didn't support it".
func (p *Pass) partBeside(r *reading, sl, other slot) part {
	if !sl.ok {
		return part{}
	}
	sp := r.span(sl.s, sl.e)
	if c := r.pronoun(sl); c != 0 {
		switch {
		case c.Any(text.P1):
			return part{span: sp, head: sp, who: pSpeaker}
		case c.Any(text.P3):
			return part{span: sp, head: sp, ante: p.antecedent(r, sl, c, other), who: pPronoun, person: c.Any(text.Male | text.Female)}
		}
		return part{}
	}
	if sl.entity {
		return part{span: sp, head: r.span(sl.head, sl.head+1), who: pEntity}
	}
	pt := part{span: sp, head: r.span(sl.head, sl.head+1), who: pWords}
	// a group named by its owner: "the US military", "the Clinton campaign"
	if h := sl.head; h > sl.s && r.toks[h].Class.Any(text.Group) && r.toks[h-1].Tag == text.TName {
		pt.mod = r.span(h-1, h)
	}
	// a target that is a named owner's act or quality stands for its
	// owner: "applauded Haley's decision", "praised Putin's leadership";
	// not people of the owner's ("Trump's supporters")
	if h := sl.head; other.ok && !pt.mod.valid() && !r.toks[h].Class.Any(text.Person|text.Group|text.Title) {
		if r.toks[sl.s].Tag == text.TPossDet && r.toks[sl.s].Class.Any(text.P3) && sl.s < h {
			pt.mod = r.span(sl.s, sl.s+1) // "praised his nuclear deal": whoever "his" is
		}
		for q := sl.s + 1; q < h && !pt.mod.valid(); q++ {
			if r.toks[q].Tag == text.TPoss && r.toks[q-1].Tag == text.TName {
				pt.mod = r.span(q-1, q)
			}
		}
	}
	return pt
}

// antecedent returns what a third-person pronoun stands for as the text
// alone tells: a speaking "he" or "she" continues the paragraph's last
// named speaker; else the nearest name before it in the sentence ("they"
// also a plural group of people, "it" a group, "he" or "she" a person);
// else the first name of the last sentence that had one.
func (p *Pass) antecedent(r *reading, sl slot, c text.Class, other slot) span {
	k := r.chunk(sl.s)
	if c.Any(text.Male|text.Female) && p.lastSpeaker.ok() && r.speaks(k) {
		return p.lastSpeaker.span
	}
	for j := k - 1; j >= 0 && j >= k-2*lookBack; j-- {
		g := &r.cs[j]
		if g.Kind != text.NG || g.Is(text.FPron) || other.ok && int(g.Start) < other.e && other.s < int(g.End) {
			continue
		}
		h := &r.toks[g.Head]
		name := h.Tag == text.TName && h.Class&(text.Month|text.Weekday|text.TimeWord) == 0
		group := c.Any(text.Pl) && g.Is(text.FPlural) && h.Class.Any(text.Person|text.Group|text.Title) ||
			c.Any(text.Neuter) && !g.Is(text.FPlural) && h.Class.Any(text.Group) || // "The union gave its backing"
			c.Any(text.Male|text.Female) && !g.Is(text.FPlural) && h.Class.Any(text.Person|text.Title) // "The mayor said he"
		if name || group {
			sl := r.groupSlot(j, false)
			if c.Any(text.Pl) {
				// "they" stands for all of "Mara and many other owners"
				f, l := j, j
				for i := 0; i < 8 && f >= 2 && (r.cs[f-1].Kind == text.CG || r.isMark(f-1, ',')) && r.cs[f-2].Is(text.FCoord); i++ {
					f -= 2
				}
				for i := 0; i < 8 && r.cs[l].Is(text.FCoord) && l+2 < k && r.cs[l+2].Kind == text.NG; i++ {
					l += 2
				}
				if f < l {
					return r.span(int(r.cs[f].Start), int(r.cs[l].End))
				}
			}
			return r.span(sl.s, sl.e)
		}
	}
	return p.lastName.span
}

// speaks reports whether noun group k is the subject of a verb of speech.
func (r *reading) speaks(k int) bool {
	for v := k + 1; v < len(r.cs) && v <= k+3; v++ {
		if c := &r.cs[v]; c.Kind == text.VG && int(c.Subj) == k && r.headClass(v).Any(text.Speech) {
			return true
		}
	}
	return false
}

// remember keeps the sentence's first name, which a pronoun of a later
// sentence may stand for.
func (p *Pass) remember(r *reading) {
	for k := range r.cs {
		g := &r.cs[k]
		if g.Kind == text.NG && r.toks[g.Head].Tag == text.TName && r.toks[g.Head].Class&(text.Month|text.Weekday|text.TimeWord) == 0 {
			sl := r.groupSlot(k, false)
			p.lastName = part{span: r.span(sl.s, sl.e), head: r.span(sl.head, sl.head+1), who: pWords}
			return
		}
	}
}
