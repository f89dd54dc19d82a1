package entity

import (
	"strings"

	"github.com/newsmodel/newsmodel/internal/text"
)

// At the end of a pass, the records of the whole report are resolved:
// names to entities (a surname to the full name met before or after, an
// acronym to the name it abbreviates), then each entity's kind from the
// cues of all its mentions and what the tables know, then descriptions and
// pronouns, in document order, to what they refer to.

// An ent is an entity under construction.
type ent struct {
	key      string   // the key of its fullest name
	words    []string // the words of that key, particles left out
	full     int32    // the record of its fullest name; -1 for none
	gaz      int32    // its gazetteer entry + 1; 0 for none
	name     string   // its name when no record gives it: a gazetteer's or a country's
	kind     Kind
	gender   gender
	mentions int32 // how many mentions so far: what makes an entity salient
	body     bool  // named outside headings
	anon     bool
	plural   bool
	head     ID    // an anonymous entity's head noun
	heShe    bool  // a personal pronoun refers to it
	it       bool  // "it" refers to it
	titled   bool  // a title is said of it
	acts     bool  // a mention is a subject, object or possessor, or leads people: an actor, whatever its kind
	aff      int32 // the entity of its affiliation; -1 for none
}

// A resolver resolves the records of one pass.
type resolver struct {
	p       *Pass
	ents    []ent
	byKey   map[string]int32 // an entity by the key of a name
	byWord  map[string][]int32
	byGaz   map[int32]int32
	anonByH map[anonKey]int32 // the last anonymous entity by head noun and number
	memo    memo
}

type anonKey struct {
	head   ID
	plural bool
}

// resolve turns the pass's records into entities.
func (p *Pass) resolve() []Entity {
	// (a report has about one entity for every three mentions)
	r := &resolver{p: p, ents: make([]ent, 0, len(p.recs)/3+4), byKey: map[string]int32{}, byWord: map[string][]int32{},
		byGaz: map[int32]int32{}, anonByH: map[anonKey]int32{}}
	for i := range p.recs {
		if k := p.recs[i].kind; (k == rName || k == rDemonym) && p.recs[i].flags&(fHeading|fMaybe) == 0 {
			r.name(int32(i))
		}
	}
	for i := range p.recs {
		if k := p.recs[i].kind; (k == rName || k == rDemonym) && p.recs[i].flags&(fHeading|fMaybe) == fHeading {
			r.headingName(int32(i))
		}
	}
	r.kinds()
	for i := range p.recs {
		if p.recs[i].flags&fMaybe != 0 {
			r.maybeName(int32(i))
		}
	}
	for i := range p.recs {
		switch p.recs[i].kind {
		case rAppos:
			r.apposition(int32(i))
		case rTitle, rAnon:
			r.description(int32(i))
		case rPronoun:
			r.pronoun(int32(i))
		}
	}
	return r.output()
}

// text returns the text of record i.
func (r *resolver) text(i int32) string { return r.p.src[r.p.recs[i].start:r.p.recs[i].end] }

// newEnt adds an entity and returns its index.
func (r *resolver) newEnt(e ent) int32 {
	if e.full == 0 && e.key == "" {
		e.full = -1
	}
	r.ents = append(r.ents, e)
	return int32(len(r.ents) - 1)
}

// assign makes record i a mention of entity e.
func (r *resolver) assign(i, e int32) {
	r.p.recs[i].ent = e
	en := &r.ents[e]
	en.mentions++
	if r.p.recs[i].flags&fHeading == 0 {
		en.body = true
	}
	rec := &r.p.recs[i]
	if g := rec.gender; g != 0 && en.gender == 0 && !en.plural {
		en.gender = g
	}
	if rec.title[1] > 0 {
		en.titled = true
	}
	if rec.flags&(fSubject|fObject|fPossessor) != 0 || rec.cues&(cueFollowers|cueClaimant) != 0 {
		en.acts = true
	}
	if en.aff < 0 && rec.aff >= 0 && r.p.recs[rec.aff].ent >= 0 && r.p.recs[rec.aff].ent != e {
		en.aff = r.p.recs[rec.aff].ent
	}
}

// nameWords returns the words of a key, particles left out: "bashar al
// assad" is "bashar", "assad".
func nameWords(key string) []string {
	ws := strings.Fields(key)
	v := words()
	out := ws[:0]
	for _, w := range ws {
		if !v.isParticle(text.Core().ID(w)) {
			out = append(out, w)
		}
	}
	return out
}

// name resolves the name record i of the body.
func (r *resolver) name(i int32) {
	p := r.p
	rec := &p.recs[i]
	key := r.key(r.text(i))
	if key == "" {
		return
	}
	if rec.kind == rDemonym {
		r.demonym(i, key)
		return
	}
	// an acronym defined in brackets, an alias in apposition
	if rec.link >= 0 && p.recs[rec.link].ent >= 0 {
		e := p.recs[rec.link].ent
		r.assign(i, e)
		r.byKey[key] = e
		return
	}
	if rec.read.gaz > 0 {
		// a known place that is the surname of a person of the report:
		// "Washington" after "George Washington", unless "in Washington"
		if ws := r.nameWords(key); len(ws) == 1 && rec.cues&placeCues == 0 {
			if e := r.shorterName(i, ws, true); e >= 0 {
				r.assign(i, e)
				return
			}
		}
		r.assign(i, r.gazEnt(rec.read.gaz))
		return
	}
	if e, ok := r.byKey[key]; ok && r.compatible(e, i) {
		r.assign(i, e)
		return
	}
	ws := r.nameWords(key)
	if len(ws) == 0 {
		return
	}
	if e := r.shorterName(i, ws, false); e >= 0 {
		r.assign(i, e)
		r.byKey[key] = e
		return
	}
	if rec.flags&fCalendar != 0 && rec.cues&(cueTitle|cueHonorific) == 0 {
		return // "on Thursday", "in May"
	}
	if e := r.fullerName(i, ws); e >= 0 {
		en := &r.ents[e]
		en.key, en.words, en.full = key, ws, i
		r.index(e, ws)
		r.assign(i, e)
		r.byKey[key] = e
		return
	}
	e := r.newEnt(ent{key: key, words: ws, full: i, aff: -1})
	r.index(e, ws)
	if _, ok := r.byKey[key]; !ok {
		r.byKey[key] = e // the first entity of a name keeps it
	}
	if k := orgShortKey(key); k != "" {
		if _, ok := r.byKey[k]; !ok {
			r.byKey[k] = e // "Apple Inc." is also "Apple"
		}
	}
	r.assign(i, e)
}

// index records entity e under the first and last words of its name.
func (r *resolver) index(e int32, ws []string) {
	for _, w := range []string{ws[0], ws[len(ws)-1]} {
		if l := r.byWord[w]; len(l) == 0 || l[len(l)-1] != e {
			r.byWord[w] = append(l, e)
		}
	}
}

// compatible reports whether name record i may be a mention of entity e
// that has the same key: a place and a person may share a name
// ("Washington" the city, "Washington" the president's surname) when the
// mention's own context says it is a place.
func (r *resolver) compatible(e, i int32) bool {
	en := &r.ents[e]
	if en.full < 0 || en.gaz > 0 {
		return true
	}
	a, b := localKind(&r.p.recs[en.full]), localKind(&r.p.recs[i])
	return a == KindUnknown || b == KindUnknown || a == b
}

// gazEnt returns the entity of gazetteer entry g+1, made on first use.
func (r *resolver) gazEnt(g int32) int32 {
	if e, ok := r.byGaz[g]; ok {
		return e
	}
	en := r.p.g.entries[g-1]
	e := r.newEnt(ent{gaz: g, name: en.Name, kind: en.Kind, full: -1, aff: -1})
	r.byGaz[g] = e
	r.byKey[r.key(en.Name)] = e
	return e
}

// demonym resolves a demonym ("Russian", "the Syrians") to its country.
func (r *resolver) demonym(i int32, key string) {
	rec := &r.p.recs[i]
	if rec.read.gaz > 0 {
		r.assign(i, r.gazEnt(rec.read.gaz))
		return
	}
	pl := lookupPlace(key)
	if len(pl) == 0 {
		return
	}
	name := pl[0].Name
	if ref, ok := r.p.g.index[r.norm(name)]; ok {
		r.assign(i, r.gazEnt(ref.entry+1))
		return
	}
	k := r.key(name)
	e, ok := r.byKey[k]
	if !ok {
		e = r.newEnt(ent{key: k, words: r.nameWords(k), name: name, kind: KindPlace, full: -1, aff: -1})
		r.byKey[k] = e
	}
	r.assign(i, e)
}

// shorterName finds the person a shorter name refers to: a surname
// ("Kerry" for John Kerry), or a given name in a report that names one
// person by it ("Daniel" for Daniel Bernoulli). Of several people of the
// name, it takes the one of the right sex ("Ms. Trump"), then the one
// mentioned most, then the first: news names the others in full. A name
// whose own context says it is a place is none: "in Jordan".
func (r *resolver) shorterName(i int32, ws []string, known bool) int32 {
	rec := &r.p.recs[i]
	if len(ws) > 2 || rec.cues&personCues == 0 && (rec.cues&(placeCues|orgCues) != 0 ||
		!known && (rec.read.gaz > 0 || rec.read.kn.place == placeCountry || rec.read.kn.place == placeRegion)) {
		return -1
	}
	best := int32(-1)
	for _, e := range lastOf(r.byWord[ws[len(ws)-1]]) {
		en := &r.ents[e]
		if len(en.words) <= len(ws) || en.full < 0 || !personLike(&r.p.recs[en.full]) {
			continue
		}
		surname := suffixOf(ws, en.words)
		given := len(ws) == 1 && en.words[0] == ws[0] && rec.read.kn.female+rec.read.kn.male > 0
		if !surname && !given {
			continue
		}
		if rec.gender != 0 && en.gender != 0 && rec.gender != en.gender {
			continue
		}
		if best < 0 || en.mentions > r.ents[best].mentions {
			best = e
		}
	}
	if best < 0 && len(ws) == 1 {
		for _, e := range lastOf(r.byWord[ws[0]]) {
			en := &r.ents[e]
			if len(en.words) > 1 && en.words[0] == ws[0] && en.full >= 0 && personLike(&r.p.recs[en.full]) &&
				rec.read.kn.female+rec.read.kn.male > 0 && (best < 0 || en.mentions > r.ents[best].mentions) {
				best = e
			}
		}
	}
	return best
}

// fullerName finds the person met before by a shorter name that a fuller
// one now gives: "Obama", later "Barack Obama".
func (r *resolver) fullerName(i int32, ws []string) int32 {
	rec := &r.p.recs[i]
	if len(ws) < 2 || rec.read.gaz > 0 || !personLike(rec) {
		return -1
	}
	for _, e := range lastOf(r.byWord[ws[len(ws)-1]]) {
		en := &r.ents[e]
		if len(en.words) < len(ws) && en.gaz == 0 && en.full >= 0 && suffixOf(en.words, ws) &&
			localKind(&r.p.recs[en.full]) != KindPlace && localKind(&r.p.recs[en.full]) != KindOrganization {
			return e
		}
	}
	return -1
}

// suffixOf reports whether short is the end of long.
func suffixOf(short, long []string) bool {
	if len(short) > len(long) || len(short) == 0 {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// orgShortKey returns the key of an organisation's name without its
// company suffix ("apple inc" gives "apple"), or "".
func orgShortKey(key string) string {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return ""
	}
	if text.Core().Entry(text.Core().ID(key[i+1:])).Class&text.OrgSuffix != 0 {
		return key[:i]
	}
	return ""
}

// headingName resolves a name of a heading as the body's names are
// resolved, after them, so that "Lavrov Meets Kerry" finds the Sergei
// Lavrov and John Kerry the report names, and "Brock Holt" heads a
// biography of "Holt". A single word in capitals that nothing knows is no
// name: headlines in capitals set every word so ("CRICKET").
func (r *resolver) headingName(i int32) {
	rec := &r.p.recs[i]
	if rec.kind == rName && rec.read.gaz == 0 && !rec.read.isKnown() && rec.flags&(fCaps|fSurname) == fCaps|fSurname {
		if _, ok := r.byKey[r.key(r.text(i))]; !ok {
			return
		}
	}
	r.name(i)
}

// lastOf returns the last entities of a list of those sharing a word: a
// name is compared with at most that many, which keeps resolution linear.
func lastOf(l []int32) []int32 { return l[max(0, len(l)-maxLookback):] }

// maybeName resolves a sentence's first word that the tagger read as a
// common word: it is a mention of a person, organisation or place the
// report names by that word elsewhere ("Trump also accused Clinton" in a
// report on Donald Trump), and nothing otherwise.
func (r *resolver) maybeName(i int32) {
	key := r.key(r.text(i))
	if e, ok := r.byKey[key]; ok && r.ents[e].kind != KindUnknown {
		r.assign(i, e)
		return
	}
	if ws := r.nameWords(key); len(ws) == 1 {
		if e := r.shorterName(i, ws, true); e >= 0 {
			r.assign(i, e)
		}
	}
}
