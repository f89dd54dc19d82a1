package entity

import (
	"strings"

	"github.com/newsmodel/newsmodel/internal/text"
)

// Descriptions are the noun groups that stand for a person or group
// without naming them: a title with "the" or a possessor ("the US
// secretary of state", "Russia's foreign minister"), which names whoever
// holds the title; an anonymous source ("a senior US official", "several
// American officials", "critics of US policy"); "the official" after one;
// and descriptions in apposition to a name ("Kerry, the secretary of
// state,").

// description reads noun group k, whose words [b, e) after its names hold
// a head noun for a person or people, as a description; aff is the record
// of a name or demonym before the head ("State Department", "Russian"). It
// returns the record, or -1.
func (p *Pass) description(s *text.Sentence, k, b, e int, aff int32, sf recFlag) int32 {
	c := &s.Chunks[k]
	toks := s.Toks
	h := int(c.Head)
	if h < b || h >= e {
		return -1
	}
	age := p.ageNoun(&toks[h])
	if toks[h].Tag != text.TNoun && !age {
		return -1
	}
	hc := toks[h].Class
	if age {
		hc = text.Noun | text.Person // "the 29-year-old": someone of that age
	}
	if hc&(text.Title|text.Person) == 0 || hc&text.Kin != 0 {
		return -1
	}
	// "two major issues", "a general strike": a title word that is also
	// an adjective, before a noun, is the adjective
	if hc&text.Adj != 0 && h+1 < len(toks) && toks[h+1].Kind == text.Word && toks[h+1].Shape&text.Lower != 0 &&
		toks[h+1].Class&text.Noun != 0 {
		return -1
	}
	plural := hc&text.Pl != 0 && hc&text.Sg == 0
	kind, def, ok := p.determiner(s, k, plural)
	if !ok {
		return -1
	}
	// what someone is said to be is no one of its own: "he is a natural
	// ally", "Although a natural ally of the UK, he"
	if kind == rAnon && p.predicative(s, k) {
		return -1
	}
	// a bare plural is a source when it acts or is described: "Critics
	// said", "US officials", "pessimistic diplomats"; not "attacks on
	// civilians"
	if d := &toks[c.Start]; d.Tag != text.TDet && d.Tag != text.TQuant && d.Tag != text.TNum && text.Owner(s.Chunks, k) < 0 &&
		h == int(c.Start) && p.role[k]&uint16(fSubject) == 0 && p.postModifier(s, k) < 0 {
		return -1
	}
	if owner := text.Owner(s.Chunks, k); owner >= 0 {
		if o := p.ngRec[owner]; o >= 0 && p.recs[o].kind != rPronoun {
			aff = o
		}
	}
	if kind == rTitle && hc&text.Title == 0 {
		if text.Owner(s.Chunks, k) >= 0 {
			return -1 // "Assad's chief backer", "his aides": someone's, no source
		}
		kind = rAnon // "the diplomats": the anonymous ones met before
	}
	// the words of the mention: from the group's start, or after the
	// names it holds; a title's "of state" goes with it
	start := max(b, int(c.Start))
	for start < h && (toks[start].Tag == text.TDet || toks[start].Tag == text.TPossDet) && start > int(c.Start) {
		start++
	}
	end := h + 1
	if kind == rTitle {
		end = p.titleOf(s, k, end)
	}
	d := p.add(s, start, end, kind, sf)
	r := &p.recs[d]
	r.aff, r.head = aff, toks[h].ID
	if lemma := text.Core().Entry(toks[h].ID).Lemma; lemma != 0 {
		r.head = lemma
	}
	r.phrase = [2]int32{toks[c.Start].Start, toks[end-1].End}
	if b > int(c.Start) && start == b {
		r.phrase[0] = toks[c.Start].Start
	}
	r.gender = genderOf(hc)
	if age {
		r.flags |= fAge
	}
	if plural {
		r.flags |= fPlural
	}
	if def {
		r.flags |= fDef
	}
	if hc&text.Title != 0 && kind == rTitle {
		ts := start // the title's words, its determiner aside: "the judge" holds "Judge"
		for ts < h && (toks[ts].Tag == text.TDet || toks[ts].Tag == text.TPossDet) {
			ts++
		}
		r.title = p.titleSpan(toks, ts, h+1)
		if end > h+1 {
			r.title[1] = toks[end-1].End
		}
	}
	return d
}

// ageNoun reports whether t is an age used as a noun, as news calls a
// person it has named: "the 29-year-old", "a 45-year-old".
func (p *Pass) ageNoun(t *text.Token) bool {
	s := p.src[t.Start:t.End]
	return t.Shape&text.Hyphen != 0 && len(s) > 9 && s[0] >= '0' && s[0] <= '9' && strings.HasSuffix(s, "-year-old")
}

// determiner tells from the determiner of noun group k what description
// it may be: a title (rTitle, definite) with "the", "this" or a possessor;
// an anonymous source (rAnon) with "a", "another", "some", a number, or a
// plural with none. "His aide", "every official" and a bare singular
// ("President") are no descriptions.
func (p *Pass) determiner(s *text.Sentence, k int, plural bool) (recKind, bool, bool) {
	c := &s.Chunks[k]
	d := &s.Toks[c.Start]
	w := words()
	if text.Owner(s.Chunks, k) >= 0 {
		return rTitle, true, true
	}
	switch d.Tag {
	case text.TDet:
		switch d.ID {
		case w.the, w.this, w.that, w.these, w.those:
			return rTitle, true, true
		}
		if d.Class&text.Neg != 0 {
			return 0, false, false // "no official"
		}
		return rAnon, false, true // a, another, some, several
	case text.TQuant, text.TNum:
		return rAnon, false, true
	case text.TPossDet:
		return 0, false, false
	}
	if plural {
		return rAnon, false, true
	}
	return 0, false, false
}

// titleOf extends a title description ending at token end over an "of"
// and a common noun after it: "the secretary of state", "the minister of
// defence". It returns the new end.
func (p *Pass) titleOf(s *text.Sentence, k, end int) int {
	cs := s.Chunks
	if k+2 >= len(cs) || cs[k+1].Kind != text.PG || int(cs[k+1].End) != int(cs[k+2].Start) {
		return end
	}
	pg, obj := &cs[k+1], &cs[k+2]
	toks := s.Toks
	if toks[pg.Start].ID != words().of || obj.Kind != text.NG || obj.End-obj.Start != 1 {
		return end
	}
	t := &toks[obj.Start]
	if t.Tag == text.TNoun && t.Class&(text.Person|text.Title|text.Demonym) == 0 {
		return int(obj.End)
	}
	return end
}

// appositions joins each apposition to the name it describes: "Sergei
// Lavrov, Russia's foreign minister,", "The Dutch prime minister, Mark
// Rutte,", "Al-Nusra's spokesperson, Abu Firas al-Suri". The description
// becomes a mention of the named entity; its title, affiliation and head
// noun say who or what the name is.
func (p *Pass) appositions(s *text.Sentence) {
	for m := range s.Chunks {
		c := &s.Chunks[m]
		if c.Kind != text.NG || !c.Is(text.FAppos) || c.Of < 0 {
			continue
		}
		anchor := int(c.Of)
		n, d := p.ngRec[anchor], p.ngRec[m]
		switch {
		case n >= 0 && p.recs[n].kind == rName && (d < 0 || p.recs[d].kind == rAnon || p.recs[d].kind == rTitle):
			p.describe(s, n, m, d)
		case d >= 0 && p.recs[d].kind == rName && n >= 0 && (p.recs[n].kind == rAnon || p.recs[n].kind == rTitle):
			p.describe(s, d, anchor, n)
		case d >= 0 && p.recs[d].kind == rName && n < 0 && s.Toks[s.Chunks[anchor].Head].Class&(text.Kin|text.Person|text.Title) != 0:
			// "his wife, Hilaria,": a name that a word for a person
			// describes is a person's
			p.recs[d].cues |= cueApposPerson
			if g := genderOf(s.Toks[s.Chunks[anchor].Head].Class); g != 0 && p.recs[d].gender == 0 {
				p.recs[d].gender = g
			}
		}
	}
}

// describe makes description d (or, when d < 0, noun group m) an
// apposition of the name record n, and gives n the cue of its head noun.
func (p *Pass) describe(s *text.Sentence, n int32, m int, d int32) {
	c := &s.Chunks[m]
	h := &s.Toks[c.Head]
	var cu cue
	switch hc := h.Class; {
	case h.Tag == text.TNum:
		cu = cueAge // "Smith, 45,"
	case hc&(text.Title|text.Person) != 0:
		cu = cueApposPerson
	case hc&text.PlaceHead != 0 && hc&text.OrgHead == 0:
		cu = cueApposPlace
	case hc&(text.Group|text.OrgHead) != 0:
		cu = cueApposOrg
	default:
		return
	}
	p.recs[n].cues |= cu
	if d < 0 {
		if cu == cueAge {
			return
		}
		d = p.add(s, int(c.Start), int(c.End), rAppos, p.recs[n].flags&(fHeading|fQuoted))
		if h.Class&text.Title != 0 {
			p.recs[d].title = p.titleSpan(s.Toks, int(c.Start), int(c.Head)+1)
		}
	}
	r := &p.recs[d]
	r.kind, r.link = rAppos, n
	// a title before the name, with what it belongs to, names him as the
	// report writes him: "Puerto Rico's governor, Ricardo Rossello"
	if a := r.aff; a >= 0 && p.recs[a].start < r.start && r.end < p.recs[n].start && p.recs[n].phrase[1] == 0 {
		p.recs[n].phrase = [2]int32{p.recs[a].start, p.recs[n].end}
		if p.recs[n].aff < 0 {
			p.recs[n].aff = a
		}
	}
	r.flags &^= fSubject | fObject | fSpeaker | fMain
	if r.title[1] == 0 && h.Class&text.Title != 0 {
		r.title = p.titleSpan(s.Toks, int(c.Start), int(c.Head)+1) // "Earnest, a White House spokesman,"
	}
	if g := genderOf(h.Class); g != 0 && p.recs[n].gender == 0 {
		p.recs[n].gender = g
	}
}

// postModifiers gives a description the affiliation a prepositional phrase
// after it names, and the phrase to its entity's name: "officials at the
// State Department", "a spokesman for the campaign", "critics of US
// policy" (a topic, not an affiliation: the name only modifies "policy").
func (p *Pass) postModifiers(s *text.Sentence) {
	cs := s.Chunks
	for k := range cs {
		d := p.ngRec[k]
		if d < 0 || (p.recs[d].kind != rAnon && p.recs[d].kind != rTitle) {
			continue
		}
		m := p.postModifier(s, k)
		if m < 0 {
			continue
		}
		c := &cs[m]
		r := &p.recs[d]
		r.phrase[1] = max(r.phrase[1], s.Toks[c.End-1].End)
		if n := p.ngRec[m]; n >= 0 && r.aff < 0 && (p.recs[n].kind == rName || p.recs[n].kind == rDemonym) {
			r.aff = n
			if p.employs(s, k) {
				p.recs[n].cues |= cueStaff
			}
		}
	}
}

// employs reports whether the phrase after noun group k names a body its
// people work for or belong to: "a spokesman for Quorvex", "an analyst at
// Brightwater", "members of the Sea Org"; not a place ("residents of
// Leeds") nor what a title rules ("the mayor of Ballymena").
func (p *Pass) employs(s *text.Sentence, k int) bool {
	cs := s.Chunks
	h := &s.Toks[cs[k].Head]
	w := words()
	switch s.Toks[cs[k+1].Start].ID {
	case w.for_, w.at, w.with:
		return h.Class&text.Title != 0
	case w.of:
		return text.Core().Entry(h.ID).Lemma == w.member
	}
	return false
}

// postModifier returns the noun group of a prepositional phrase of
// affiliation or topic right after noun group k ("officials at the State
// Department", "critics of US policy"), or -1.
func (p *Pass) postModifier(s *text.Sentence, k int) int {
	cs := s.Chunks
	if k+2 >= len(cs) || cs[k+1].Kind != text.PG || int(cs[k+1].Of) != k+2 || cs[k+2].Is(text.FAppos) {
		return -1
	}
	w := words()
	switch s.Toks[cs[k+1].Start].ID {
	case w.of, w.at, w.from, w.for_, w.with, w.in:
		return k + 2
	}
	return -1
}

// predicative reports whether noun group k says what someone is rather
// than who: the complement of "be" ("he is a natural ally") or a group
// after a clause opener with no verb of its own ("Although a natural ally
// of the UK, he").
func (p *Pass) predicative(s *text.Sentence, k int) bool {
	cs := s.Chunks
	if v := p.verbOf[k]; v >= 0 && int(cs[v].Obj) == k && s.Toks[cs[v].Head].Class&text.Be != 0 {
		return true
	}
	return k > 0 && cs[k-1].Kind == text.SG && p.verbOf[k] < 0
}
