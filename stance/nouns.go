package stance

import "github.com/newsmodel/newsmodel/internal/text"

// stanceNoun reads a cue noun: the head of its noun group, or a noun that
// describes the names after it in their group (titlePosition). X's or Y's
// before it is its possessor or modifier (modifierSlot); a pattern without
// X takes the noun phrase as holder when the noun names people
// (phraseHolder).
//
//	Moscow's backing for Assad            X = Moscow, Y = Assad
//	US criticism of Russia                X = US
//	Brown's supporters                    Y = Brown, holder "supporters"
//	Trump critic Mark Cuban               Y = Trump, holder "Mark Cuban"
//	critics of US policy                  Y = US policy, holder "critics"
func (r *reading) stanceNoun(p *pattern, m *match, t int) bool {
	k := m.group
	c := &r.cs[k]
	if c.Kind != text.NG {
		return false
	}
	title := int(c.Head) != t
	if title && !r.titlePosition(k, t) {
		return false
	}
	if p.anchor > 0 {
		kind := p.elems[p.anchor-1].kind
		sl := r.modifierSlot(k, t, p.holder == fromPhrase)
		if !sl.ok && kind == eHolderS && !title {
			sl = r.nounHolder(k)
		}
		if !sl.ok {
			return false
		}
		r.setSlot(m, kind, sl)
	}
	m.neg = r.nounNegated(k)
	if v := r.nounVerb(k); v >= 0 && !r.receiving(v) {
		m.clause = v // "did not voice opposition to", "may lend its support"
		m.neg = m.neg || r.withdrawn(v)
	}
	if p.holder == fromPhrase {
		m.holder = r.phraseHolder(k, t, title, m.target)
		if !m.holder.ok {
			return false
		}
	}
	return true
}

// nounHolder returns the holder of a cue noun without a possessor: the
// subject it is said of, as a predicate ("The visit was a show of
// support for Assad") or as the object of a verb that does what the noun
// names ("Charter unleashed a verbal attack on Time Warner", "Trump
// responded with attacks on Machado"). A verb of receiving, stopping or
// refusing gives none: "drew criticism from", "won the backing of",
// "halting attacks on".
func (r *reading) nounHolder(k int) slot {
	if cop := r.copulaBefore(k); cop >= 0 {
		if s := r.subject(cop); s >= 0 {
			return r.groupSlot(s, true)
		}
		return slot{}
	}
	v := r.nounVerb(k)
	if v < 0 || r.receiving(v) || r.cessation(v) || r.headClass(v).Any(text.Refusal) {
		return slot{}
	}
	if sub := r.subject(v); sub >= 0 {
		return r.groupSlot(sub, true)
	}
	return slot{}
}

// nounVerb returns the verb group whose object noun group k is, or -1:
// "voiced opposition to", "responded with attacks on", "stepped up
// criticism of".
func (r *reading) nounVerb(k int) int {
	s, _ := text.Phrase(r.cs, k)
	v := s - 1
	if v >= 1 && r.cs[v].Kind == text.PG && (r.firstWord(v) == r.w.with || r.particle(v)) && r.cs[v-1].Kind == text.VG {
		return v - 1
	}
	if v < 0 || r.cs[v].Kind != text.VG || int(r.cs[v].Obj) != s {
		return -1
	}
	return v
}

// withdrawn reports whether verb group v takes back what its object
// names: "withdrew its support for", "dropped its opposition to".
func (r *reading) withdrawn(v int) bool {
	switch r.word(int(r.cs[v].Head)) {
	case r.w.withdraw, r.w.drop, r.w.pull, r.w.abandon, r.w.rescind, r.w.revoke:
		return true
	}
	return false
}

// particle reports whether chunk k is a preposition that may be the
// particle of the verb before it: up, out, down, off.
func (r *reading) particle(k int) bool {
	switch r.firstWord(k) {
	case r.w.up, r.w.out, r.w.down, r.w.off:
		return true
	}
	return false
}

// receiving reports whether verb group v takes what others do or give:
// receive, win, get, earn, gain, draw, attract, face, suffer, endure.
func (r *reading) receiving(v int) bool {
	switch r.word(int(r.cs[v].Head)) {
	case r.w.receive, r.w.win, r.w.get, r.w.earn, r.w.gain, r.w.draw, r.w.attract, r.w.face, r.w.suffer, r.w.endure, r.w.meet:
		return true
	}
	return false
}

// titlePosition reports whether the cue noun t of noun group k describes
// the names that follow it in the group, as a title does: "Trump critic
// Mark Cuban", "its ally Bashar al Assad".
func (r *reading) titlePosition(k, t int) bool {
	c := &r.cs[k]
	if r.toks[t].Tag != text.TNoun || t+1 >= int(c.End) || r.toks[c.Head].Tag != text.TName {
		return false
	}
	return r.toks[t+1].Tag == text.TName
}

// modifierSlot returns the possessor or modifier of cue noun t in noun
// group k: its possessor group ("Assad's ally"), a possessive determiner
// ("his supporters"), or the names right before it in its group ("US
// criticism", "Clinton supporters"). For a noun that names people, a
// capitalised adjective before it tells what they are, not whom they
// support: "Republican critics" have no target there.
func (r *reading) modifierSlot(k, t int, people bool) slot {
	if o := text.Owner(r.cs, k); o >= 0 {
		return r.possessorSlot(o)
	}
	c := &r.cs[k]
	for i := int(c.Start); i < t; i++ {
		if r.toks[i].Tag == text.TPossDet {
			return slot{s: i, e: i + 1, head: i, k: -1, ok: true}
		}
	}
	s := t
	for s > int(c.Start) && r.toks[s-1].Tag == text.TName && !(people && r.toks[s-1].Class.Any(text.Adj)) {
		s--
	}
	if s == t {
		return slot{}
	}
	return slot{s: s, e: t, head: t - 1, k: -1, ok: true}
}

// nounNegated reports whether noun group k is negated: "no support for",
// "not a critic of", "never an ally".
func (r *reading) nounNegated(k int) bool {
	s, _ := text.Phrase(r.cs, k)
	if r.firstWord(s) == r.w.no {
		return true
	}
	j := s - 1
	for j >= 0 && r.isQuoteMark(j) {
		j--
	}
	if j < 0 || r.cs[j].Kind != text.RG {
		return false
	}
	w := r.word(int(r.cs[j].Head)) // "nor her allies" negates no noun
	return w == r.w.not || w == r.w.never
}

// phraseHolder returns the holder a cue noun that names people stands
// for: the names it describes ("Trump critic Mark Cuban"), what it is an
// apposition to or has as apposition ("Maria Diaz, a longtime ally of the
// mayor"), the subject it is said of ("He is a staunch opponent of",
// "emerged as one of Park's allies"), else the noun group itself, less
// its target ("Brown's supporters": "supporters").
func (r *reading) phraseHolder(k, t int, title bool, target slot) slot {
	if title {
		return r.namesFrom(t + 1)
	}
	g := r.partitiveHead(k)
	if s, _ := text.Phrase(r.cs, g); r.cs[s].Kind == text.NG && r.cs[s].Is(text.FAppos) && r.cs[s].Of >= 0 {
		return r.groupSlot(int(r.cs[s].Of), false)
	}
	if a := r.coordinatedApposition(g); a >= 0 {
		return r.groupSlot(a, false) // "Ana Diaz, a vegan and Peta supporter,"
	}
	if _, e := text.Phrase(r.cs, g); e+1 < len(r.cs) && r.isMark(e, ',') && r.cs[e+1].Is(text.FAppos) && int(r.cs[e+1].Of) <= g {
		return r.groupSlot(e+1, false)
	}
	if cop := r.copulaBefore(g); cop >= 0 {
		if s := r.subject(cop); s >= 0 {
			return r.groupSlot(s, true)
		}
		return slot{}
	}
	c := &r.cs[k]
	s := int(c.Start)
	if target.ok && target.k < 0 && target.e > s && target.e <= int(c.End) {
		s = target.e // "Clinton supporters": "supporters"
	}
	for s < int(c.Head) && r.toks[s].Tag == text.TPossDet {
		s++
	}
	return slot{s: s, e: int(c.End), head: int(c.Head), k: k, ok: true}
}

// coordinatedApposition returns what the second description of a
// coordinated apposition describes, or -1: "Ana Diaz" of "Peta supporter"
// in "Ana Diaz, a vegan and Peta supporter,".
func (r *reading) coordinatedApposition(k int) int {
	s, e := text.Phrase(r.cs, k)
	if s < 2 || r.cs[s-1].Kind != text.CG || r.firstWord(s-1) != r.w.and {
		return -1
	}
	a := &r.cs[s-2]
	if a.Kind != text.NG || !a.Is(text.FAppos) || !a.Is(text.FCoord) || a.Of < 0 || r.cs[a.Of].Is(text.FPron) {
		return -1
	}
	if e < len(r.cs) && !r.isMark(e, ',') && !r.isMark(e, '.') {
		return -1 // the apposition ends here: "Ana Diaz, a vegan and Peta supporter, said"
	}
	return int(a.Of)
}

// partitiveHead returns the noun group a quantity or part of noun group k
// stands for, when k is the object of "of" after one: "one of Park's
// allies" is "one". Else k.
func (r *reading) partitiveHead(k int) int {
	s, _ := text.Phrase(r.cs, k)
	if s >= 2 && r.cs[s-1].Kind == text.PG && r.firstWord(s-1) == r.w.of && r.cs[s-2].Kind == text.NG && r.partitive(s-2) {
		return s - 2
	}
	return k
}

// partitive reports whether noun group k names a quantity or part of
// what follows its "of": one, some, many, most, half, a number, the rest,
// a series, a flurry ("a flurry of tweets shaming her" is tweets).
func (r *reading) partitive(k int) bool {
	h := int(r.cs[k].Head)
	if r.toks[h].Tag == text.TNum || r.toks[h].Tag == text.TQuant {
		return true
	}
	switch r.word(h) {
	case r.w.one, r.w.some, r.w.many, r.w.much, r.w.most, r.w.half, r.w.all, r.w.several, r.w.none, r.w.few,
		r.w.each, r.w.dozens, r.w.number, r.w.majority, r.w.part, r.w.share, r.w.rest,
		r.w.series, r.w.flurry, r.w.barrage, r.w.spate, r.w.string, r.w.wave, r.w.volley:
		return true
	}
	return false
}
