package stance

import (
	"github.com/newsmodel/newsmodel/internal/text"
)

// A slot is the words that fill X or Y: tokens [s, e) of the sentence,
// the noun group k they stand for (-1 for words inside a group, such as
// the "Trump" of "Trump critic"), and the head word an entity must cover.
type slot struct {
	s, e, head int
	k          int
	ok         bool
	entity     bool // stands for an actor only if an entity's mention covers its head
}

// A match is a pattern matched at a cue.
type match struct {
	pat            int
	cueS, cueE     int // the cue's tokens [cueS, cueE)
	holder, target slot
	holderFrom     holderFrom
	clause         int  // the verb group whose clause states the stance: negation, modality, speakers; -1 for none
	group          int  // the chunk of the cue word
	neg            bool // negated inside the cue's own group: "no support for", "not a critic of"
	lits, slots    int
}

func (m match) better(o match) bool {
	if m.lits != o.lits {
		return m.lits > o.lits
	}
	return m.slots > o.slots
}

// is reports whether token j is a form of one of e's words.
func (r *reading) is(e *elem, j int) bool {
	if j < 0 || j >= len(r.toks) || r.toks[j].Kind != text.Word {
		return false
	}
	if e.kind == eBe {
		return r.toks[j].Class.Has(text.Be)
	}
	lm := r.lemma(j)
	for _, id := range e.ids {
		if id == lm {
			return true
		}
	}
	for _, id := range e.forms {
		if id == r.id(j) {
			return true
		}
	}
	return false
}

// match tries pattern pi at the cue word t.
func (r *reading) match(pi int, t int) (match, bool) {
	p := &r.lex.pats[pi]
	k := r.chunk(t)
	m := match{pat: pi, cueS: t, cueE: t + 1, clause: -1, group: k, lits: p.lits, slots: p.slots, holderFrom: p.holder}
	c := &r.cs[k]
	next := t + 1 // where the elements after the cue start
	switch p.cue {
	case cueVerb:
		if c.Kind != text.VG || int(c.Head) != t {
			return m, false
		}
		m.clause = k
		m.cueS = int(c.Start) // with its auxiliaries: "did not condemn", "was resisted"
		if r.passive(k) {
			return r.passiveMatch(p, m)
		}
		if !r.verbSubject(p, &m) {
			return m, false
		}
	case cuePrep:
		if c.Kind != text.PG || int(c.Start) != t {
			return m, false
		}
		v := r.clauseVerb(k)
		if v < 0 {
			return m, false
		}
		m.clause = v
		if s := r.subject(v); s >= 0 {
			r.setSlot(&m, p.elems[0].kind, r.groupSlot(s, false))
		} else {
			return m, false
		}
	case cueNoun:
		if !r.stanceNoun(p, &m, t) {
			return m, false
		}
	case cueModifier:
		if c.Kind != text.NG || t >= int(c.Head) || r.toks[t].Tag != text.TAdj && !r.epithet(t) {
			return m, false
		}
		m.clause = r.clauseVerb(k)
	case cuePredicate:
		if !r.predicate(p, &m, t) {
			return m, false
		}
	}
	if !r.after(p, &m, p.anchor+1, next) {
		// "a pact Moscow had wanted, but the administration resisted"
		if p.cue != cueVerb || len(p.elems) != p.anchor+2 || p.elems[p.anchor+1].kind != eTarget {
			return m, false
		}
		o := r.relativeObject(k)
		if o < 0 {
			return m, false
		}
		m.target = r.groupSlot(o, false)
	}
	return m, true
}

// epithet reports whether token t is an adjective written as the first
// word of a name it mocks or praises: "Crooked Hillary".
func (r *reading) epithet(t int) bool {
	tk := &r.toks[t]
	if tk.Tag != text.TName || !tk.Class.Has(text.Adj) || tk.Class.Any(text.Noun|text.Verb|text.Demonym) {
		return false
	}
	c := &r.cs[r.chunk(t)]
	return c.Kind == text.NG && int(c.Start) == t && t+1 < int(c.End) && r.toks[t+1].Tag == text.TName
}

// setSlot fills X or Y.
func (r *reading) setSlot(m *match, kind elemKind, sl slot) {
	if kind == eHolder || kind == eHolderS {
		m.holder = sl
	} else {
		m.target = sl
	}
}

// skipAdverbs returns the first token from j on that is not an adverb or a
// quotation mark.
func (r *reading) skipAdverbs(j int) int {
	for j < len(r.toks) && (r.toks[j].Tag == text.TAdv || r.toks[j].Kind == text.Quote) {
		j++
	}
	return j
}

// skipAside returns the token after an aside between dashes or brackets
// that starts at token j, or j: "ban all Muslims — 1.6 billion people —
// from entering", "accused the firm (a unit of Acme) of fraud".
func (r *reading) skipAside(j int) int {
	if j >= len(r.toks) {
		return j
	}
	open := r.toks[j].Rune()
	var close rune
	switch {
	case r.toks[j].Kind == text.Dash:
		close = -1 // any dash
	case open == '(':
		close = ')'
	default:
		return j
	}
	for i := j + 1; i < len(r.toks) && i <= j+16; i++ {
		t := &r.toks[i]
		if close < 0 && t.Kind == text.Dash || close > 0 && t.Rune() == close {
			return i + 1
		}
		if t.Kind == text.Punct && (t.Rune() == '.' || t.Rune() == ';') {
			return j
		}
	}
	return j
}

// after matches the elements of p from index from on at token j: cue
// words, the head of a noun group that starts there, X and Y as the noun
// groups there, a gap.
func (r *reading) after(p *pattern, m *match, from, j int) bool {
	n := len(r.toks)
	for k := from; k < len(p.elems); k++ {
		e := &p.elems[k]
		last := k == len(p.elems)-1
		if (e.kind == eWord || e.kind == eBe) && r.is(e, j) {
			m.cueE = j + 1 // a particle the adverbs would skip: "running out of"
			j++
			continue
		}
		if e.kind != eGap {
			j0 := j
			if k > from && (p.elems[k-1].kind == eHolder || p.elems[k-1].kind == eTarget) {
				j = r.skipAside(j)
			}
			j = r.skipAdverbs(j)
			// a slot inside the cue's own noun group: "its ally Bashar al Assad"
			if (e.kind == eHolder || e.kind == eTarget) && j0 < n && j0 > 0 && r.chunk(j0) == r.chunk(j0-1) && r.chunk(j0) == m.group {
				j = j0
			}
		}
		switch e.kind {
		case eWord, eBe:
			if r.is(e, j) {
				m.cueE = j + 1
				j++
				continue
			}
			// the head of the noun group that starts here: "lavished
			// [much] praise on", "took [the] aim at", "offer him closer
			// military and intelligence cooperation"
			// "that" may be left out before a clause: "alleged (that) X had"
			if e.kind == eWord && r.thatLeftOut(e, m, j) {
				continue
			}
			if g := r.ngAt(j); g >= 0 {
				for i := 0; i < 4 && r.cs[g].Is(text.FCoord) && g+2 < len(r.cs) && r.cs[g+1].Kind == text.CG && r.cs[g+2].Kind == text.NG; i++ {
					g += 2
				}
				if r.is(e, int(r.cs[g].Head)) && int(r.cs[g].Head) == int(r.cs[g].End)-1 {
					j = int(r.cs[g].End)
					m.cueE = j
					continue
				}
			}
			return false
		case eHolder, eTarget:
			var sl slot
			if j < n && j > 0 && r.chunk(j) == m.group && r.chunk(j-1) == r.chunk(j) {
				sl = r.namesFrom(j)
			} else if g := r.ngAt(j); g >= 0 {
				sl = r.groupSlot(g, last)
			}
			if !sl.ok || last && r.subjectOfInfinitive(sl) {
				return false
			}
			r.setSlot(m, e.kind, sl)
			j = sl.e
			if !last && sl.k >= 0 && !r.partitive(sl.k) {
				// what follows the slot follows its group, not its
				// modifiers; a part follows its whole: "half of Trump's
				// supporters"
				j = int(r.cs[r.headGroup(sl.k)].End)
			}
		case eHolderS, eTargetS:
			var sl slot
			switch {
			case j < n && r.toks[j].Tag == text.TPossDet:
				sl = slot{s: j, e: j + 1, head: j, k: r.chunk(j), ok: true}
			default:
				g := r.ngAt(j)
				if g < 0 || !r.cs[g].Is(text.FPossessor) {
					return false
				}
				sl = r.possessorSlot(g)
			}
			r.setSlot(m, e.kind, sl)
			j = sl.e
			for j < n && r.toks[j].Tag == text.TPoss {
				j++
			}
		case eGap:
			nx := &p.elems[k+1]
			found := false
			for g := 0; g <= 4 && j+g < n; g++ {
				if (nx.kind == eWord || nx.kind == eBe) && r.is(nx, j+g) {
					j += g
					found = true
					break
				}
				// a gap spans words of noun phrases, never a verb: "blamed
				// the crisis on", not "to blame for focusing on"
				if tk := &r.toks[j+g]; !tk.IsWord() || tk.Tag == text.TVerb || tk.Tag == text.TAux || tk.Tag == text.TModal || tk.Tag == text.TTo {
					break
				}
			}
			if !found {
				return false
			}
		}
	}
	return true
}

// thatLeftOut reports whether e is "that" and a clause the cue's verb
// governs starts at token j without it.
func (r *reading) thatLeftOut(e *elem, m *match, j int) bool {
	if len(e.ids) != 1 || e.ids[0] != r.w.that || m.clause < 0 || j >= len(r.toks) {
		return false
	}
	return int(r.cs[m.clause].Comp) == r.chunk(j)
}

// subjectOfInfinitive reports whether the noun group of sl is the
// subject of a to-infinitive right after it: "called for contestants to
// wear", "don't want people to play games". The stance is toward what
// they are to do, not toward them.
func (r *reading) subjectOfInfinitive(sl slot) bool {
	if sl.k < 0 {
		return false
	}
	_, e := text.Phrase(r.cs, sl.k)
	return e < len(r.cs) && r.cs[e].Kind == text.VG && r.cs[e].Is(text.FInf) && int(r.cs[e].Subj) == sl.k
}

// namesFrom returns the names from token j to the end of its noun group:
// "Bashar al Assad" in "its ally Bashar al Assad".
func (r *reading) namesFrom(j int) slot {
	k := r.chunk(j)
	c := &r.cs[k]
	e := int(c.End)
	if c.Is(text.FPossessor) {
		e--
	}
	for i := j; i < e; i++ {
		// names, and the particles between them: "Bashar al Assad"
		if g := r.toks[i].Tag; g != text.TName && !(i > j && i+1 < e && r.toks[i].Shape&text.Lower != 0) {
			return slot{}
		}
	}
	if j >= e {
		return slot{}
	}
	return slot{s: j, e: e, head: e - 1, k: -1, ok: true}
}

// groupSlot returns noun group g as a slot: with its possessors, and, when
// whole, the phrases that modify it ("the pace of US-Russia cooperation").
func (r *reading) groupSlot(g int, whole bool) slot {
	h := r.headGroup(g)
	s, e := text.Phrase(r.cs, h)
	c := &r.cs[h]
	if c.Kind != text.NG {
		return slot{}
	}
	// phrases modify common nouns, not names or pronouns: "accused it of
	// bad faith", "accused Clinton of lying"; but "one of the states"
	if (!whole || c.Is(text.FPron) || c.Is(text.FName)) && !r.partitive(h) {
		e = h + 1
	} else if whole {
		e = r.chainEnd(h, e)
	}
	// a determiner before a quotation: `favors a "strongman approach"`
	if r.toks[c.Head].Tag == text.TDet && e == h+1 && h+2 < len(r.cs) && r.isQuoteMark(h+1) && r.cs[h+2].Kind == text.NG {
		h, e = h+2, h+3
		c = &r.cs[h]
	}
	sl := slot{s: int(r.cs[s].Start), e: int(r.cs[e-1].End), head: int(c.Head), k: h, ok: true}
	for sl.e > sl.s && r.toks[sl.e-1].Kind > text.Number {
		sl.e-- // a closing mark
	}
	return sl
}

// chainEnd extends the phrase [h, e) of a noun group that is itself a
// post-modifier over the "of" phrases after it: the text layer hangs a
// chain of post-modifiers from its first noun, so in "criticism of the
// role of Russia" the phrase of "the role" would end before "of Russia".
func (r *reading) chainEnd(h, e int) int {
	anchor := r.cs[h].Of
	if anchor < 0 || int(anchor) >= h {
		return e
	}
	for i := 0; i < 4 && e+1 < len(r.cs); i++ {
		p := &r.cs[e]
		if p.Kind != text.PG || r.firstWord(e) != r.w.of || int(p.Of) != e+1 || r.cs[e+1].Of != anchor {
			break
		}
		e += 2
	}
	return e
}

// possessorSlot returns possessor group g without its possessive ending:
// "Assad" of "Assad's".
func (r *reading) possessorSlot(g int) slot {
	c := &r.cs[g]
	e := int(c.End)
	for e > int(c.Start)+1 && (r.toks[e-1].Tag == text.TPoss || r.toks[e-1].Kind == text.Apos) {
		e--
	}
	s := int(c.Start)
	return slot{s: s, e: e, head: int(c.Head), k: g, ok: true}
}
