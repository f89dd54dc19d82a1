package stance

import "github.com/newsmodel/newsmodel/internal/text"

// A stating tells how a sentence states the stance a match found.
type stating struct {
	neg  bool // negated, refused or avoided: "did not back", "refused to back", "avoids condemning"
	hyp  bool // hedged: "may back", "could back", "would welcome"
	none bool // not stated at all: a question or a condition
}

// stating reads how the clause of m states its stance: negation in the
// cue's own group or clause, a verb of refusal, avoidance or cessation
// above it, a modal of possibility, a question, a condition.
func (r *reading) stating(m *match) stating {
	var st stating
	if r.question(m.cueS) || r.conditional(m.group) {
		st.none = true
		return st
	}
	st.neg = m.neg || r.noHolder(m.holder)
	if v := m.clause; v >= 0 {
		st.neg = st.neg || r.cs[v].Is(text.FNeg) || r.notAfter(v, m.group) || r.avoided(v)
		st.hyp = r.hedged(v)
		for i, g := 0, r.governor(v); i < 4 && g >= 0; i, g = i+1, r.governor(g) {
			cls := r.headClass(g)
			if cls.Any(text.Speech | text.Cognition | text.Publish | text.Finding) {
				break // a report: see frames
			}
			if cls.Any(text.Refusal) || r.cessation(g) {
				st.neg = true // "refused to back", "avoids condemning", "stop attacking"
			}
			st.hyp = st.hyp || r.hedged(g)
		}
	}
	// A negated modal states a refusal, not a hypothesis: "won't back",
	// "could not support".
	if st.neg {
		st.hyp = false
	}
	return st
}

// lookBack bounds how many chunks a rule looks across: the clauses of
// one sentence are near one another, and a sentence of any length is read
// in linear time.
const lookBack = 32

// noHolder reports whether the holder is quantified by "no": "No voter
// wants a man who ..." states that voters want none.
func (r *reading) noHolder(sl slot) bool {
	return sl.ok && sl.k >= 0 && r.firstWord(sl.k) == r.w.no
}

// avoided reports whether -ing verb group v is what someone avoids, after
// a verb of refusal and a preposition or a particle and one: "refrained
// from attacking", "steered clear of criticizing", "stopped short of
// endorsing", "shied away from backing".
func (r *reading) avoided(v int) bool {
	if !r.cs[v].Is(text.FIng) || v < 2 || r.cs[v-1].Kind != text.PG {
		return false
	}
	if w := r.firstWord(v - 1); w != r.w.of && w != r.w.from {
		return false
	}
	j := v - 2
	particle := false
	switch r.word(int(r.cs[j].End) - 1) {
	case r.w.clear, r.w.short, r.w.away:
		particle = true
		if r.cs[j].Kind != text.VG {
			j--
		}
	}
	if j < 0 || r.cs[j].Kind != text.VG {
		return false
	}
	return particle || r.headClass(j).Any(text.Refusal)
}

// hedged reports whether verb group v is under a modal of possibility:
// may, might, could, would.
func (r *reading) hedged(v int) bool {
	c := &r.cs[v]
	if !c.Is(text.FModal) || c.Is(text.FNeg) {
		return false
	}
	for i := c.Start; i < c.Head; i++ {
		if r.toks[i].Tag == text.TModal {
			switch r.word(int(i)) {
			case r.w.may, r.w.might, r.w.could, r.w.would:
				return true
			}
		}
	}
	return false
}

// cessation reports whether verb group v is a verb of stopping: "stop
// attacking", "ceased to back".
func (r *reading) cessation(v int) bool {
	switch r.word(int(r.cs[v].Head)) {
	case r.w.stop, r.w.cease, r.w.quit, r.w.halt, r.w.end:
		return true
	}
	return false
}

// governor returns the verb group whose complement the clause of verb
// group v is, or -1: "refused" for "to back" in "refused to back",
// "says" for "promised" in "Smith says Lee promised".
func (r *reading) governor(v int) int {
	start := v
	if s := int(r.cs[v].Subj); s >= 0 && s < v {
		start = s
	}
	for g := v - 1; g >= 0 && g >= v-lookBack; g-- {
		c := &r.cs[g]
		if c.Kind != text.VG || c.Comp < 0 {
			continue
		}
		comp := int(c.Comp)
		if comp == v || comp == start && start > g {
			return g
		}
	}
	return -1
}

// question reports whether the cue at token t stands in a question: the
// first end mark after it is a question mark.
func (r *reading) question(t int) bool {
	for j := t + 1; j < len(r.toks) && j <= t+4*lookBack; j++ {
		if r.toks[j].Kind != text.Punct {
			continue
		}
		switch r.toks[j].Rune() {
		case '?':
			return true
		case '.', '!', ';':
			return false
		}
	}
	return false
}

// conditional reports whether chunk k stands in a clause of condition or
// an indirect question: "if", "unless" or "whether" opens it.
func (r *reading) conditional(k int) bool {
	for j := k - 1; j >= 0 && j >= k-lookBack; j-- {
		c := &r.cs[j]
		switch c.Kind {
		case text.SG:
			switch r.firstWord(j) {
			case r.w.if_, r.w.unless, r.w.whether:
				return true
			}
		case text.MG:
			if !r.isQuoteMark(j) {
				return false
			}
		case text.CG:
			return false
		}
	}
	return false
}

// notAfter reports whether "not" or "never" stands between verb group v
// and chunk k, as after a copula: "We are not at war with".
func (r *reading) notAfter(v, k int) bool {
	if v+1 >= k || r.cs[v+1].Kind != text.RG {
		return false
	}
	w := r.word(int(r.cs[v+1].Head))
	return w == r.w.not || w == r.w.never
}

// contrast returns what a negated stance turns to after "but", or no
// slot: the object of the same preposition ("not at war with the people
// but with their government"), of the same noun and preposition ("not a
// war against Islam but a war against terrorists"), or the next object
// of the same verb ("did not oppose the stadium but the way it was paid
// for").
func (r *reading) contrast(m *match) slot {
	t := m.target
	if !t.ok || t.e >= len(r.toks) {
		return slot{}
	}
	j := r.chunk(t.e)
	for j < len(r.cs) && (r.isMark(j, ',') || r.isQuoteMark(j)) {
		j++
	}
	if j+1 >= len(r.cs) || r.cs[j].Kind != text.CG || r.firstWord(j) != r.w.but {
		return slot{}
	}
	j++
	prep := r.chunk(t.s) - 1
	if prep >= 0 && r.cs[prep].Kind != text.PG {
		prep = -1
	}
	c := &r.cs[j]
	switch {
	case prep < 0 && c.Kind == text.NG && m.cueS < t.s:
		return r.groupSlot(j, true)
	case prep < 0:
		return slot{}
	case c.Kind == text.NG && r.word(int(c.Head)) == r.word(m.cueE-1) && j+1 < len(r.cs):
		j++ // the noun again: "but a war against"
	}
	if c := &r.cs[j]; c.Kind == text.PG && r.firstWord(j) == r.firstWord(prep) && c.Of > int32(j) {
		return r.groupSlot(int(c.Of), true)
	}
	return slot{}
}
