package entity

import (
	"cmp"
	"slices"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/grow"
	"github.com/newsmodel/newsmodel/internal/text"
)

// A Pass finds the entities of one article window by window, for the
// pipeline of package newsmodel, which reads each window of sentences once
// for all its stages. Each window's mentions are kept as compact records;
// [Pass.Entities] resolves them. A Pass should not be shared.
type Pass struct {
	a    *article.Article
	src  string
	g    *Gazetteer
	recs []record // the mentions found, in document order

	para    int  // the paragraph of the last sentence read
	inQuote bool // a quotation opened in that paragraph is still open

	// scratch of the sentence being read
	quoted []bool   // by token: inside quotation marks
	skip   []bool   // by token: in a link, handle, hashtag or credit
	role   []uint16 // by chunk: recFlag of the noun group's place in its clause
	verbOf []int32  // by chunk: the verb group a noun group is the subject, object or agent of, or -1
	ngRec  []int32  // by chunk: the record of the noun group's principal mention, or -1
	// of the sentence: a verb group; a lower-case noun or verb
	hasVerb, hasLower bool
	kbuf              []byte // keys
}

// NewPass returns a pass over a's entities, with x's gazetteer.
func (x *Extractor) NewPass(a *article.Article) *Pass {
	return &Pass{a: a, src: a.Source, g: x.gazetteer(), para: -1}
}

// Window reads a window of a's sentences, in order.
func (p *Pass) Window(w *text.Window) {
	for i := range w.Sentences {
		p.sentence(&w.Sentences[i])
	}
}

// Entities resolves the mentions found and returns the entities, in order
// of first mention. It ends the pass.
func (p *Pass) Entities() []Entity {
	out := p.resolve()
	p.recs = nil
	return out
}

// sentence finds the mentions of one sentence.
func (p *Pass) sentence(s *text.Sentence) {
	if s.Index < 0 || s.Index >= len(p.a.Sentences) || len(s.Toks) == 0 {
		return
	}
	para := p.a.Sentences[s.Index].Paragraph
	if para != p.para {
		p.para, p.inQuote = para, false
	}
	var sf recFlag
	if para >= 0 && para < len(p.a.Paragraphs) && p.a.Paragraphs[para].Kind == article.KindHeading {
		sf |= fHeading
	}
	n, nc := len(s.Toks), len(s.Chunks)
	p.quoted = fill(p.quoted, n, false)
	p.skip = fill(p.skip, n, false)
	p.role = fill(p.role, nc, 0)
	p.verbOf = fill(p.verbOf, nc, -1)
	p.ngRec = fill(p.ngRec, nc, -1)
	p.markQuotes(s.Toks)
	if p.creditLine(s) {
		return
	}
	p.markLinks(s.Toks)
	p.roles(s)
	first := len(p.recs)
	p.opener(s, sf)
	for k := range s.Chunks {
		if s.Chunks[k].Kind == text.NG {
			p.nounGroup(s, k, sf)
		} else {
			p.compounds(s, k, sf)
		}
	}
	p.appositions(s)
	p.postModifiers(s)
	p.acronymDefinitions(s, first)
	p.inOrder(first)
}

// inOrder sorts the records of the sentence just read, from first, by
// their start, keeping the links between them: compounds are read beside
// noun groups, and pronouns must follow what they may refer to.
func (p *Pass) inOrder(first int) {
	rs := p.recs[first:]
	sorted := true
	for i := 1; i < len(rs); i++ {
		sorted = sorted && rs[i-1].start <= rs[i].start
	}
	if sorted {
		return
	}
	perm := make([]int32, len(rs)) // new position by old
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(rs[a].start, rs[b].start) })
	for newPos, old := range idx {
		perm[old] = int32(first + newPos)
	}
	moved := make([]record, len(rs))
	for newPos, old := range idx {
		moved[newPos] = rs[old]
	}
	remap := func(x int32) int32 {
		if x >= int32(first) {
			return perm[x-int32(first)]
		}
		return x
	}
	for i := range moved {
		moved[i].aff, moved[i].link = remap(moved[i].aff), remap(moved[i].link)
	}
	copy(rs, moved)
	for k := range p.ngRec {
		if p.ngRec[k] >= int32(first) {
			p.ngRec[k] = remap(p.ngRec[k])
		}
	}
}

// fill returns s resized to n, every element v.
func fill[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n, max(n, 128)) // room for most sentences at once
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

// add appends a record of tokens [i, j) of s and returns its index.
func (p *Pass) add(s *text.Sentence, i, j int, kind recKind, sf recFlag) int32 {
	r := record{start: s.Toks[i].Start, end: s.Toks[j-1].End, sent: int32(s.Index), tok: int32(i), kind: kind,
		flags: sf, aff: -1, link: -1, ent: -1}
	if p.quoted[i] {
		r.flags |= fQuoted
	}
	p.recs = grow.Append(p.recs, r)
	return int32(len(p.recs) - 1)
}

// markQuotes marks the tokens inside double quotation marks; a quotation
// may go on from one sentence of a paragraph to the next.
func (p *Pass) markQuotes(toks []text.Token) {
	for i := range toks {
		t := &toks[i]
		if t.Kind == text.Quote && t.Shape&text.Single == 0 {
			switch {
			case t.Shape&text.Open != 0:
				p.inQuote = true
			case t.Shape&text.Close != 0:
				p.inQuote = false
			}
			continue
		}
		p.quoted[i] = p.inQuote
	}
}

// roles records each noun group's place in its clause: the subject of a
// finite verb, of a verb of speech, an object.
func (p *Pass) roles(s *text.Sentence) {
	tab := text.Core()
	p.hasVerb, p.hasLower = false, false
	for i := range s.Toks {
		if t := &s.Toks[i]; t.Shape&text.Lower != 0 && t.Class&(text.Noun|text.Verb) != 0 {
			p.hasLower = true
			break
		}
	}
	for k := range s.Chunks {
		v := &s.Chunks[k]
		if v.Kind != text.VG {
			continue
		}
		p.hasVerb = true
		for _, n := range []int32{v.Subj, v.Obj, v.Agent} {
			if n >= 0 {
				p.verbOf[n] = int32(k)
			}
		}
		if v.Subj >= 0 && v.Is(text.FPassive) {
			p.role[v.Subj] |= uint16(fObject) // "Toig was praised by": what is done to
		}
		if v.Subj >= 0 && v.Flags&(text.FFinite|text.FIng) != 0 && !v.Is(text.FPassive) {
			f := fSubject
			if tab.Entry(v.Lemma).Class&(text.Speech|text.Telling|text.Cognition|text.Intention|text.Refusal) != 0 {
				f |= fSpeaker
			}
			p.role[v.Subj] |= uint16(f)
		}
		if v.Obj >= 0 {
			p.role[v.Obj] |= uint16(fObject)
		}
		if v.Agent >= 0 {
			p.role[v.Agent] |= uint16(fSubject)
		}
	}
	// the main clause's subject: of the first finite verb that no clause
	// opener comes before
	for k := range s.Chunks {
		v := &s.Chunks[k]
		if v.Kind == text.SG && s.Toks[v.Start].Tag != text.TRel {
			break
		}
		relative := k > 0 && s.Chunks[k-1].Kind == text.SG // "Republicans who control the Senate are refusing"
		if v.Kind == text.VG && v.Flags&text.FFinite != 0 && !relative {
			if v.Subj >= 0 {
				p.role[v.Subj] |= uint16(fMain)
			}
			break
		}
	}
	for k := range s.Chunks {
		c := &s.Chunks[k]
		if c.Is(text.FPossessor) {
			p.role[k] |= uint16(fPossessor)
		}
		if c.Is(text.FCoord) || k >= 2 && s.Chunks[k-1].Kind == text.CG && s.Chunks[k-2].Is(text.FCoord) {
			p.role[k] |= uint16(fCoord)
		}
		// a name in apposition to a subject speaks with it: "Her daughter,
		// Ana Ruiz, said"
		if c.Kind == text.NG && c.Is(text.FAppos) && c.Of >= 0 && c.Of < int32(k) && c.Is(text.FName) {
			p.role[k] |= p.role[c.Of] & uint16(fSubject|fSpeaker)
		}
		// a conjunct shares its first conjunct's place: "Sharrouf and
		// Elomar tweeted"
		if k >= 2 && c.Kind == text.NG && s.Chunks[k-2].Is(text.FCoord) && (s.Chunks[k-1].Kind == text.CG || s.Chunks[k-1].Kind == text.MG) {
			p.role[k] |= p.role[k-2] & uint16(fSubject|fObject|fSpeaker)
			if p.verbOf[k] < 0 {
				p.verbOf[k] = p.verbOf[k-2]
			}
		}
	}
}

// opener adds the first word of a sentence as a possible name when the
// tagger reads it as a common word that is also a name in news: "Trump
// also accused Clinton", "Ward said". It is a mention only if the report
// names someone so elsewhere; the resolver decides.
func (p *Pass) opener(s *text.Sentence, sf recFlag) {
	toks := s.Toks
	i := 0
	for i < len(toks) && (toks[i].Kind == text.Quote || toks[i].Kind == text.Punct) {
		i++
	}
	if i >= len(toks) {
		return
	}
	t := &toks[i]
	if t.Kind != text.Word || t.Tag == text.TName || t.Shape&text.Cap == 0 || t.Shape&text.AllCaps != 0 ||
		t.Class&(text.Noun|text.Verb|text.Adj) == 0 || t.Class&(text.Det|text.Pron|text.Prep|text.Conj|text.Sub|text.Aux|text.Wh|text.Num) != 0 ||
		t.Class&(text.Person|text.Title|text.Group|text.Demonym) != 0 ||
		p.skip[i] || i+1 < len(toks) && toks[i+1].Tag == text.TName {
		return
	}
	r := p.add(s, i, i+1, rName, sf|fMaybe|fOpener|fSurname)
	p.recs[r].read, _ = p.read(toks, i, i+1)
	for k := range s.Chunks {
		if c := &s.Chunks[k]; int(c.Start) <= i && i < int(c.End) {
			p.recs[r].flags |= recFlag(p.role[k]) &^ fObject
			break
		}
	}
}
