package entity

import (
	"github.com/newsmodel/newsmodel/internal/text"
)

// pronoun adds the third-person pronoun at token i of noun group k ("he",
// "his", "it", "their"...) and returns its record, or -1 for another
// word. First and second persons ("I", "we", "you") are a speaker's and
// their audience's, never a third party's: they are not mentions here.
func (p *Pass) pronoun(s *text.Sentence, k, i int, sf recFlag) int32 {
	t := &s.Toks[i]
	f, ok := pronounOf(t.ID)
	if !ok {
		return -1
	}
	if t.Tag == text.TPossDet {
		f.pcase = pPoss
	}
	if f.neuter && f.pcase == pSubj && p.dummyIt(s, k) {
		return -1
	}
	r := p.add(s, i, i+1, rPronoun, sf)
	p.recs[r].pron = f
	if f.pcase != pPoss {
		p.recs[r].flags |= recFlag(p.role[k]) & fSpeaker // "she told the paper"
	}
	// a pronoun is not a name it is coordinated with: "Obama and he"
	if cs := s.Chunks; k >= 2 && cs[k-1].Kind == text.CG && cs[k-2].Is(text.FCoord) {
		p.recs[r].link = p.ngRec[k-2]
	}
	// an object pronoun is not the subject of its own clause: in "Kerry
	// praised him", "him" is someone else
	if v := p.verbOf[k]; (f.pcase == pObj || f.pcase == pRefl) && v >= 0 {
		if c := &s.Chunks[v]; int(c.Obj) == k && c.Subj >= 0 {
			p.recs[r].link = p.ngRec[c.Subj]
		}
	}
	return r
}

// pronounOf returns what the pronoun w says of its antecedent.
func pronounOf(w ID) (pronoun, bool) {
	v := words()
	if w == 0 {
		return pronoun{}, false
	}
	switch w {
	case v.he:
		return pronoun{pSubj, singular, male, false}, true
	case v.him:
		return pronoun{pObj, singular, male, false}, true
	case v.his:
		return pronoun{pPoss, singular, male, false}, true
	case v.himself:
		return pronoun{pRefl, singular, male, false}, true
	case v.she:
		return pronoun{pSubj, singular, female, false}, true
	case v.her:
		return pronoun{pObj, singular, female, false}, true
	case v.hers:
		return pronoun{pPoss, singular, female, false}, true
	case v.herself:
		return pronoun{pRefl, singular, female, false}, true
	case v.it:
		return pronoun{pSubj, singular, 0, true}, true
	case v.its:
		return pronoun{pPoss, singular, 0, true}, true
	case v.itself:
		return pronoun{pRefl, singular, 0, true}, true
	case v.they:
		return pronoun{pSubj, plural, 0, false}, true
	case v.them:
		return pronoun{pObj, plural, 0, false}, true
	case v.their, v.theirs:
		return pronoun{pPoss, plural, 0, false}, true
	case v.themselves:
		return pronoun{pRefl, plural, 0, false}, true
	}
	return pronoun{}, false
}

// dummyIt reports whether "it", noun group k, is the subject of "be",
// "seem" or "appear": "It is a pact Moscow wanted", "it seems that", where
// "it" refers to a thing or to nothing, not to an actor.
func (p *Pass) dummyIt(s *text.Sentence, k int) bool {
	w := words()
	v := p.verbOf[k]
	if v < 0 || int(s.Chunks[v].Subj) != k {
		return false
	}
	c := &s.Chunks[v]
	return s.Toks[c.Head].Class&text.Be != 0 || c.Lemma == w.seem || c.Lemma == w.appear
}
