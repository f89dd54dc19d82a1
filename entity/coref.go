package entity

import "strings"

// Descriptions and pronouns are resolved in document order, each to an
// entity met before it, the way a reader takes them.

// maxLookback bounds how many records back a pronoun or description looks,
// which keeps resolution linear in the report.
const maxLookback = 96

// affOf returns the entity of record i's affiliation, or -1.
func (r *resolver) affOf(i int32) int32 {
	if a := r.p.recs[i].aff; a >= 0 {
		return r.p.recs[a].ent
	}
	return -1
}

// apposition makes description i a mention of the entity it is in
// apposition with: "Kerry, the secretary of state,".
func (r *resolver) apposition(i int32) {
	rec := &r.p.recs[i]
	if rec.link < 0 || r.p.recs[rec.link].ent < 0 {
		if rec.head != 0 {
			rec.kind = rAnon
			r.description(i)
		}
		return
	}
	e := r.p.recs[rec.link].ent
	r.assign(i, e)
	if en := &r.ents[e]; en.aff < 0 {
		en.aff = r.affOf(i)
	}
}

// titleOf returns the title of record i, title-cased: "Secretary of
// State"; "" for none.
func (r *resolver) titleOf(i int32) string {
	t := r.p.recs[i].title
	if t[1] <= t[0] {
		return ""
	}
	return r.titleCase(r.p.src[t[0]:t[1]])
}

// titleCase capitalises the words of a title but "of", "the", "and",
// "for" and "on".
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "on":
			ws[i] = strings.ToLower(w)
			continue
		}
		b := []byte(w)
		for j := range b {
			if (j == 0 || b[j-1] == '-') && 'a' <= b[j] && b[j] <= 'z' {
				b[j] -= 'a' - 'A' // "Secretary-General"
			}
		}
		ws[i] = string(b)
	}
	return strings.Join(ws, " ")
}

// holds reports whether entity e is given a title that ends with t
// ("Foreign Minister" holds "Minister") in records before i.
func (r *resolver) holds(e int32, t string, i int32) bool {
	for j := i - 1; j >= 0 && i-j <= 4*maxLookback; j-- {
		if r.p.recs[j].ent == e && r.p.recs[j].title[1] > 0 {
			if hasSuffixFold(r.titleOf(j), t) {
				return true
			}
		}
	}
	return false
}

// hasSuffixFold reports whether t ends with suffix, case aside.
func hasSuffixFold(t, suffix string) bool {
	return len(suffix) <= len(t) && strings.EqualFold(t[len(t)-len(suffix):], suffix)
}

// description resolves a description by title or an anonymous one.
//
// "The US secretary of state" is whoever holds that title in the report
// before it, of a compatible affiliation; failing that, the titled person
// of that affiliation just mentioned ("Top US envoy John Kerry" ... "the
// US secretary of state"). "The official", "the diplomats" are the last
// anonymous source of that head noun. Others are anonymous entities of
// their own: a person when singular, a group when plural.
func (r *resolver) description(i int32) {
	rec := &r.p.recs[i]
	aff := r.affOf(i)
	// "Jessie Lane ... The 29-year-old": the person just named, or no one
	// a reader could tell
	if rec.flags&(fAge|fDef) == fAge|fDef {
		if e := r.epithet(i); e >= 0 {
			rec.kind = rTitle // a definite description of the person, as "the coach" is
			r.assign(i, e)
		}
		return
	}
	if rec.kind == rTitle {
		if t := r.titleOf(i); t != "" {
			if e := r.holder(i, t, aff); e >= 0 {
				r.assign(i, e)
				return
			}
		}
	}
	if rec.flags&fDef != 0 {
		if e, ok := r.anonByH[anonKey{rec.head, rec.flags&fPlural != 0}]; ok {
			r.assign(i, e)
			return
		}
	}
	if rec.flags&fHeading != 0 {
		return
	}
	kind := KindPerson
	if rec.flags&fPlural != 0 {
		kind = KindGroup
	}
	e := r.newEnt(ent{full: -1, kind: kind, anon: rec.kind == rAnon, plural: rec.flags&fPlural != 0, head: rec.head, aff: aff})
	r.assign(i, e)
	r.anonByH[anonKey{rec.head, rec.flags&fPlural != 0}] = e
}

// holder returns the person a title description of record i names, or -1.
func (r *resolver) holder(i int32, t string, aff int32) int32 {
	rec := &r.p.recs[i]
	for j := i - 1; j >= 0 && i-j <= maxLookback; j-- {
		e := r.p.recs[j].ent
		if e < 0 || r.ents[e].kind != KindPerson || r.ents[e].anon {
			continue
		}
		if aff >= 0 && r.ents[e].aff >= 0 && r.ents[e].aff != aff && r.affOf(j) != aff {
			continue
		}
		if r.holds(e, t, i) {
			return e
		}
	}
	if aff < 0 {
		return r.epithet(i)
	}
	for j := i - 1; j >= 0 && i-j <= maxLookback && rec.sent-r.p.recs[j].sent <= 4; j-- {
		e := r.p.recs[j].ent
		if e >= 0 && r.ents[e].kind == KindPerson && !r.ents[e].anon && r.ents[e].titled && r.ents[e].aff == aff {
			return e
		}
	}
	return -1
}

// fits reports whether pronoun record i may refer to entity e: "he" and
// "she" to a person of that sex or of none known, "it" to an organisation
// or place, "they" to a group, an organisation or a people.
func (r *resolver) fits(e int32, i int32, m *record) bool {
	en := &r.ents[e]
	pr := r.p.recs[i].pron
	switch {
	case pr.number == plural:
		return en.plural || en.kind == KindGroup || en.kind == KindOrganization || m.kind == rDemonym && m.flags&fPlural != 0
	case pr.neuter:
		return !en.plural && !en.heShe && (en.kind == KindOrganization || en.kind == KindPlace && m.kind != rDemonym)
	}
	if en.plural || en.kind != KindPerson && !(en.kind == KindUnknown && !en.it) {
		return false
	}
	return en.gender == 0 || pr.gender == 0 || en.gender == pr.gender
}

// pronoun resolves pronoun record i to the most salient entity that fits
// it among the mentions of its sentence before it and of the three
// sentences before. Salience is a reader's: the subject of a clause over
// its object, a recent mention over an old one, an entity the report
// keeps mentioning over one it names in passing. A pronoun is never its
// own clause's subject when it is its object ("Kerry praised him"), a
// pronoun inside a quotation never its speaker ("he" in Kerry said: "he
// lied") nor the reverse, and a pronoun that speaks after a speaker goes
// on with them. A "he" or "she" no mention nearby fits goes to the report's
// main person of that sex, if one was named in the last twenty sentences.
func (r *resolver) pronoun(i int32) {
	recs := r.p.recs
	rec := &recs[i]
	if rec.flags&fHeading != 0 {
		return
	}
	bound := int32(-1)
	if rec.link >= 0 {
		bound = recs[rec.link].ent
	}
	best, bestScore, bestCoord := int32(-1), int32(-1<<30), false
	nearest := false // the nearest candidate of the sentence was scored
	for j := i - 1; j >= 0 && i-j <= maxLookback; j-- {
		m := &recs[j]
		d := rec.sent - m.sent
		if d > 3 {
			break
		}
		e := m.ent
		if e < 0 || m.flags&fHeading != 0 || e == bound && rec.pron.pcase != pRefl {
			continue
		}
		if rec.flags&fQuoted != 0 && d == 0 && m.flags&(fSpeaker|fQuoted) == fSpeaker {
			continue
		}
		// nor is a speaker whoever its own quotation calls "he" or "she":
		// speakers say "I" (`"She played on," she said` is two women)
		if rec.flags&(fSpeaker|fQuoted) == fSpeaker && d == 0 && m.flags&fQuoted != 0 && m.kind == rPronoun && m.pron.pcase != 0 && m.pron.number == singular {
			continue
		}
		if !r.fits(e, i, m) {
			continue
		}
		score := 20 - 10*d + min(r.ents[e].mentions, 6)
		// an object pronoun leans less on subjects: "Richard said ... helping
		// him" is someone else more often than not
		subj, main := int32(6), int32(8)
		if rec.pron.pcase == pObj && d == 0 {
			subj, main = 2, 3
		}
		switch {
		case m.flags&fMain != 0:
			score += main
		case m.flags&fSubject != 0:
			score += subj
		case m.flags&fPossessor != 0:
			score += 1
		case m.flags&fObject != 0:
			score += 2
		}
		if m.kind == rPronoun {
			score += 3 // a chain a reader already follows
		}
		// an object pronoun takes the nearest person before it in its
		// sentence more often than its subject: "Richard said ... the
		// police announced Nick's claims were true, helping him"
		if rec.pron.pcase == pObj && d == 0 && !nearest {
			score += 4
			nearest = true
		}
		if m.flags&fQuoted != rec.flags&fQuoted {
			score -= 4
		}
		// a pronoun that speaks after a speaker goes on with them: `Her
		// daughter, Ana, said … "She played on," she told the paper`
		if rec.flags&(fSpeaker|fQuoted) == fSpeaker && m.flags&(fSpeaker|fQuoted) == fSpeaker && d <= 1 {
			score += 10
		}
		if score > bestScore {
			best, bestScore, bestCoord = e, score, m.flags&fCoord != 0
		}
	}
	if best < 0 && rec.pron.number == singular && !rec.pron.neuter {
		best = r.mainPerson(i)
	}
	if rec.pron.number == plural && bestCoord {
		return // "NATO and the EU said they": both, not one
	}
	if best < 0 {
		return
	}
	r.assign(i, best)
	en := &r.ents[best]
	if rec.pron.neuter {
		en.it = true
	} else if rec.pron.number == singular {
		en.heShe = true
		if en.kind == KindUnknown {
			en.kind = KindPerson
		}
		if en.gender == 0 {
			en.gender = rec.pron.gender
		}
	}
}

// mainPerson returns the person of the pronoun's sex that the report has
// mentioned most, if mentioned in the twenty sentences before record i.
func (r *resolver) mainPerson(i int32) int32 {
	rec := &r.p.recs[i]
	best := int32(-1)
	for j := i - 1; j >= 0 && rec.sent-r.p.recs[j].sent <= 20 && i-j <= 4*maxLookback; j-- {
		e := r.p.recs[j].ent
		if e < 0 || r.p.recs[j].flags&fHeading != 0 || !r.fits(e, i, &r.p.recs[j]) || r.ents[e].anon {
			continue
		}
		if best < 0 || r.ents[e].mentions > r.ents[best].mentions {
			best = e
		}
	}
	if best >= 0 && r.ents[best].mentions < 3 {
		return -1
	}
	return best
}

// epithet returns the person a definite title description of record i
// refers back to when no one holds its title: news calls a person it has
// just named by a description ("Trump ... the real estate magnate", "Lee
// ... the 45-year-old coach"), the named person of the sentence before,
// of the right sex, outside quotations; -1 when there is none or several.
func (r *resolver) epithet(i int32) int32 {
	rec := &r.p.recs[i]
	found := int32(-1)
	for j := i - 1; j >= 0 && i-j <= maxLookback && rec.sent-r.p.recs[j].sent <= 1; j-- {
		m := &r.p.recs[j]
		e := m.ent
		if e < 0 || m.kind != rName || r.ents[e].kind != KindPerson && r.ents[e].kind != KindUnknown || r.ents[e].anon {
			continue
		}
		// a name inside a quotation is not who a description outside it
		// means: in `"I will never endorse Mr. Jones," the governor said`
		// the governor is the speaker
		if m.flags&fQuoted != 0 && rec.flags&fQuoted == 0 {
			continue
		}
		// nor is a name of its own sentence, which would have said it
		// again: "Councillor Lopez criticised the mayor"
		if m.sent == rec.sent {
			continue
		}
		if g := r.ents[e].gender; g != 0 && rec.gender != 0 && g != rec.gender {
			continue
		}
		if found >= 0 && found != e {
			return -1 // two people: the description may be either, or a third
		}
		found = e
	}
	return found
}
