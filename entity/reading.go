package entity

import (
	"github.com/newsmodel/newsmodel/internal/text"
)

// A reading is what the gazetteer and the knowledge tables say of a name.
// A name is known when either has it; the gazetteer, which the caller may
// give, comes first.
type reading struct {
	gaz   int32 // the gazetteer entry + 1; 0 for none
	gform Form  // how the gazetteer names it: FormName, FormAlias or FormDemonym
	kn    knownName
	known bool // the knowledge tables have the key
}

// isKnown reports whether the gazetteer or the tables name something by
// it: a place, an actor or a title noun (not only a given name).
func (r *reading) isKnown() bool {
	return r.gaz > 0 || r.kn.place != placeUnknown || r.kn.actor != KindUnknown
}

// strong reports whether the reading names something news would write
// whatever the context: a gazetteer entry, an actor by its own name, a
// country, or a region or city of a million people. "Western" (a province
// somewhere) is not.
func (r *reading) strong() bool {
	kn := &r.kn
	return r.gaz > 0 || kn.actor != KindUnknown && !kn.actorAlias || kn.place == placeCountry ||
		(kn.place == placeRegion || kn.place == placeCity) && kn.population >= 1_000_000
}

// isPlace reports whether the name's strongest reading is a place, and
// what sort.
func (p *Pass) placeOf(r *reading) placeKind {
	if r.gaz > 0 {
		if p.g.entries[r.gaz-1].Kind == KindPlace {
			return placeCountry
		}
		return placeUnknown
	}
	return r.kn.place
}

// key returns the key of tokens [i, j) of a sentence: the fold of their
// text by NormalizeName, without a leading "the". It is in p's scratch
// and lasts until the next call.
func (p *Pass) key(toks []text.Token, i, j int) []byte {
	s := p.src[toks[i].Start:toks[j-1].End]
	b := p.kbuf[:0]
	if isASCII(s) {
		b = appendNormASCII(b, s)
	} else {
		b = append(b, NormalizeName(s)...)
	}
	if len(b) > 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	p.kbuf = b
	return b
}

// allCaps reports whether tokens [i, j) are written in capitals: acronyms
// of the tables match only there ("IS" is Islamic State, "is" a verb).
func allCaps(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		t := &toks[k]
		if t.Kind == text.Word && t.Shape&text.AllCaps == 0 && !(t.Shape&text.Cap != 0 && t.Len() <= 2) {
			return false
		}
	}
	return true
}

// read returns what the gazetteer and the tables know of the name of
// tokens [i, j).
func (p *Pass) read(toks []text.Token, i, j int) (reading, bool) {
	k := p.key(toks, i, j)
	if len(k) == 0 {
		return reading{}, false
	}
	caps := allCaps(toks, i, j)
	var r reading
	if ref, ok := p.g.index[string(k)]; ok && (!ref.acronym || caps) {
		r.gaz, r.gform = ref.entry+1, ref.form
	}
	r.kn, r.known = lookupName(string(k), caps)
	return r, r.isKnown()
}

// knownAt returns the end of the longest known name that starts at token
// i and ends by j, and its reading; i and false when there is none.
func (p *Pass) knownAt(toks []text.Token, i, j int) (int, reading, bool) {
	first := p.key(toks, i, i+1)
	n := max(int(p.g.firstWords[string(first)]), longestKey(string(first)))
	for e := min(j, i+n); e > i; e-- {
		if toks[e-1].Kind != text.Word && toks[e-1].Kind != text.Number {
			continue
		}
		if r, ok := p.read(toks, i, e); ok {
			return e, r, true
		}
	}
	return i, reading{}, false
}

// givenName returns the births of each sex under the first word of a name,
// tokens [i, ...): what says a word is a given name and whose.
func (p *Pass) givenName(toks []text.Token, i int) (female, male uint32) {
	if toks[i].Kind != text.Word || toks[i].Shape&text.Initial != 0 {
		return 0, 0
	}
	f, m, _ := lookupGiven(string(p.key(toks, i, i+1)))
	return f, m
}
