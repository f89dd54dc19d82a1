package stance

import "github.com/newsmodel/newsmodel/internal/text"

// verbSubject fills the slot before a cue verb with its clause's subject:
// X in "X back Y" (the holder), Y in "Y lie" (the target of the speaker's
// evaluation).
//
//	Russia backed the plan.                 X = Russia
//	Labour refused to back the budget.      X = Labour (the subject "to back" shares)
//	Smith, who chairs the panel, praised Lee.  X = Smith
func (r *reading) verbSubject(p *pattern, m *match) bool {
	sl := r.subjectSlot(m.group)
	if !sl.ok {
		return false
	}
	r.setSlot(m, p.elems[0].kind, sl)
	return true
}

// subjectSlot returns the subject of verb group v as a slot: for an
// infinitive after a noun with a possessive determiner, the determiner
// ("our efforts to go after": "our").
func (r *reading) subjectSlot(v int) slot {
	s := r.subject(v)
	if s < 0 {
		return slot{}
	}
	if c := &r.cs[s]; r.cs[v].Is(text.FInf) && s == v-1 && r.toks[c.Start].Tag == text.TPossDet {
		t := int(c.Start)
		return slot{s: t, e: t + 1, head: t, k: -1, ok: true}
	}
	return r.groupSlot(s, true)
}

// subject returns the noun group that is the subject of verb group v, or
// -1: the group a possessor owns, and for a predicate noun the subject it
// is said of ("Kaine is a lawyer who is an opponent of ..." is Kaine).
func (r *reading) subject(v int) int {
	s := int(r.cs[v].Subj)
	if s < 0 || s >= len(r.cs) {
		return -1
	}
	s = r.headGroup(s)
	if r.relativeBetween(s, v) {
		// (not "it": "It is a change that is backed by")
		if cop := r.copulaBefore(s); cop >= 0 {
			if t := int(r.cs[cop].Subj); t >= 0 && t < s && !r.toks[r.cs[t].Head].Class.Any(text.Neuter) {
				s = r.headGroup(t)
			}
		}
	}
	return s
}

// relativeBetween reports whether a relative pronoun stands between
// chunks s and v: "a lawyer who is".
func (r *reading) relativeBetween(s, v int) bool {
	for j := s + 1; j < v && j <= s+lookBack; j++ {
		if r.cs[j].Kind == text.SG && r.toks[r.cs[j].Start].Tag == text.TRel {
			return true
		}
	}
	return false
}

// passive reports whether verb group k is passive: "was resisted by",
// "has been endorsed by", or a participle after its noun: "the candidate
// backed by the unions".
func (r *reading) passive(k int) bool {
	c := &r.cs[k]
	return c.Is(text.FPassive) || c.Is(text.FPartic) && r.agent(k) >= 0
}

// agent returns the by-agent of passive verb group k: the object of the
// first "by" after it in its clause, or -1.
func (r *reading) agent(k int) int {
	if a := int(r.cs[k].Agent); a >= 0 {
		return a
	}
	for j := k + 1; j < len(r.cs) && j <= k+6; j++ {
		c := &r.cs[j]
		switch c.Kind {
		case text.PG:
			if r.firstWord(j) == r.w.by && c.Of >= 0 {
				return int(c.Of)
			}
		case text.VG, text.SG, text.CG:
			return -1
		case text.MG:
			if !r.isQuoteMark(j) {
				return -1
			}
		}
	}
	return -1
}

// passiveMatch reads a transitive cue in the passive: the holder is the
// by-agent, the target the subject.
//
//	The plan was resisted by the French government.
//	The nominee has been endorsed by dozens of papers.
//	The candidate backed by the unions won the seat.
func (r *reading) passiveMatch(p *pattern, m match) (match, bool) {
	if p.anchor != 1 || p.elems[0].kind != eHolder || len(p.elems) < 3 || p.elems[2].kind != eTarget {
		return m, false
	}
	a, s := r.agent(m.group), r.subject(m.group)
	if a < 0 || s < 0 {
		return m, false
	}
	m.holder, m.target = r.groupSlot(a, true), r.groupSlot(s, true)
	if c := &r.cs[m.group]; m.target.e > int(c.Start) && m.target.s < int(c.Start) {
		m.target.e = int(c.Start) // the participle's phrase is no part of its noun's: "The candidate backed by"
	}
	j := m.cueS + 1
	if g := r.chunk(min(j, len(r.toks)-1)); j < len(r.toks) && r.cs[g].Kind == text.PG && int(r.cs[g].Of) == a {
		j = m.holder.e // the agent first: "was blamed by X for"
	}
	if !r.after(p, &m, 3, j) {
		return m, false
	}
	return m, true
}

// relativeObject returns the object of a transitive verb group k that
// has none after it because it stands in a relative clause: the noun the
// clause hangs on, or -1.
//
//	a pact Moscow had wanted            "a pact"
//	the plan that Russia rejected       "the plan"
//	a pact Moscow wanted, but the administration resisted   "a pact" for both
func (r *reading) relativeObject(k int) int {
	c := &r.cs[k]
	if c.Obj >= 0 || c.Comp >= 0 || c.Is(text.FPassive) {
		return -1
	}
	s := int(c.Subj)
	if s < 0 || s > k {
		return -1
	}
	start, _ := text.Phrase(r.cs, s)
	j := start - 1
	rel := j >= 0 && r.cs[j].Kind == text.SG && r.toks[r.cs[j].Start].Tag == text.TRel
	// without a relative pronoun, the clause must end at the verb: "a pact
	// Moscow had wanted." ("whom Trump attacked for" has one)
	if e := int(c.End); !rel && k+1 < len(r.cs) && !(r.cs[k+1].Kind == text.MG || r.cs[k+1].Kind == text.CG) || e < len(r.toks) && r.toks[e].IsMark('?') {
		return -1
	}
	if rel {
		j--
		if r.isMark(j, ',') {
			j--
		}
	}
	switch {
	case j < 0:
		return -1
	case r.cs[j].Kind == text.NG && !r.cs[j].Is(text.FPron) && !r.cs[j].Is(text.FPossessor) && j+1 == start:
		return r.headGroup(j)
	case r.cs[j].Kind == text.NG && j+1 < start:
		return r.headGroup(j) // over the relative pronoun
	case r.cs[j].Kind == text.CG:
		// the second of two clauses on one noun: "..., but X resisted"
		for v := j - 1; v >= 0 && v >= j-4; v-- {
			if r.cs[v].Kind == text.VG {
				return r.relativeObject(v)
			}
		}
	}
	return -1
}

// clauseVerb returns the verb group of the clause that chunk k stands in:
// the nearest before it, or -1.
func (r *reading) clauseVerb(k int) int {
	for j := k - 1; j >= 0 && j >= k-lookBack; j-- {
		switch c := &r.cs[j]; c.Kind {
		case text.VG:
			return j
		case text.SG:
			return -1
		}
	}
	return -1
}
