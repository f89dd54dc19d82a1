package text

import "github.com/newsmodel/newsmodel/internal/grow"

// A ChunkKind tells what sort of group a [Chunk] is.
type ChunkKind uint8

// Chunk kinds. The zero ChunkKind is none.
const (
	NG ChunkKind = iota + 1 // a noun group: "the US secretary", "he", "Russia's"
	VG                      // a verb group: "has not said", "to back", "was told", "citing"
	PG                      // a preposition: "of", "according to"; its object is the next noun group
	AG                      // an adjective standing alone: "critical", "sure"
	RG                      // an adverb standing alone: "however", "also"
	CG                      // a coordinating conjunction: "and", "but"
	SG                      // a clause opener: "that", "because", "who", "what"
	MG                      // a mark: punctuation, a quotation mark, a dash
)

var chunkKindNames = [...]string{"-", "NG", "VG", "PG", "AG", "RG", "CG", "SG", "MG"}

// String returns the kind's name: "NG", "VG"...
func (k ChunkKind) String() string {
	if int(k) < len(chunkKindNames) {
		return chunkKindNames[k]
	}
	return "?"
}

// A ChunkFlag tells more of a chunk.
type ChunkFlag uint16

// Flags of noun groups.
const (
	FName      ChunkFlag = 1 << iota // its head is a name: "Vladimir Putin", "the State Department"
	FPron                            // a pronoun: "he", "them"
	FPossessor                       // ends with a possessive: "Russia's", "his"; Of is the group it owns
	FPlural                          // its head is plural
	FDef                             // definite: "the", "this", a possessor
	FAppos                           // an apposition: "Kerry, the secretary of state,"; Of is its anchor
	FCoord                           // coordinated with the next noun group: "Kerry and Lavrov"
	FTime                            // names a time, as an adverbial does: "Tuesday", "last week"; see [TimeGroup]
)

// Flags of verb groups.
const (
	FFinite   ChunkFlag = 1 << iota // has a tense: "said", "has said", "will say"
	FNeg                            // negated: "did not say", "never said"
	FPassive                        // passive: "was told", "has been criticised"
	FModal                          // under a modal of possibility: would, could, might, may, should, must, can
	FFuture                         // will, shall, 'll
	FPast                           // past tense or perfect
	FInf                            // a to-infinitive: "to back"
	FIng                            // a bare -ing form: "citing", "saying"
	FPartic                         // a bare past participle after a noun: "the candidate backed by"
	FInverted                       // its subject follows it: "said Kerry"
	FQuestion                       // in a question
)

// A Chunk is a group of tokens of one sentence: a noun group, a verb
// group, a preposition and so on. Indexes are into the sentence's tokens
// and chunks; -1 stands for none.
type Chunk struct {
	Start, End int32     // tokens [Start, End)
	Head       int32     // the head token: a noun group's noun, a verb group's main verb
	Kind       ChunkKind // noun group, verb group...
	Flags      ChunkFlag // what more it is: a name, a passive...
	Lemma      ID        // the head's lemma
	// Of links a noun group to the group it belongs to: a possessor to what
	// it owns, an apposition to its anchor, the object of a preposition
	// attached to a noun to that noun ("officials in Washington"). A
	// preposition's Of is its object.
	Of int32
	// Subj, Obj and Comp are a verb group's subject and object noun groups
	// and the first chunk of its complement: a that-clause, a clause
	// without "that", a to-infinitive, a quotation. Agent is a passive's
	// by-agent: "endorsed by dozens of papers".
	Subj, Obj, Comp, Agent int32
}

// Is reports whether c has every flag of f.
func (c *Chunk) Is(f ChunkFlag) bool { return c.Flags&f == f }

// chunks groups the tagged tokens of one sentence, appending the chunks to
// out, and links them: possessors, prepositions, appositions, and each
// verb group's subject, object and complement.
func (t *Table) chunks(out []Chunk, toks []Token) []Chunk {
	base := len(out)
	for i := 0; i < len(toks); {
		c := t.chunkAt(toks, i)
		out = grow.Append(out, c)
		i = int(c.End)
	}
	link(t.kw, toks, out[base:])
	return out
}

func newChunk(k ChunkKind, s, e, head int) Chunk {
	return Chunk{Start: int32(s), End: int32(e), Head: int32(head), Kind: k, Of: -1, Subj: -1, Obj: -1, Comp: -1, Agent: -1}
}

// chunkAt reads the chunk that starts at token i.
func (tab *Table) chunkAt(toks []Token, i int) Chunk {
	t := &toks[i]
	switch t.Tag {
	case TPron:
		c := newChunk(NG, i, i+1, i)
		c.Flags = FPron
		if t.Class&Pl != 0 {
			c.Flags |= FPlural
		}
		return c
	case TPossDet, TDet, TQuant, TNum, TOrd, TNoun, TName, TPoss:
		return tab.nounGroup(toks, i)
	case TAdj:
		if j := nounGroupEnd(tab.kw, toks, i); j > i && hasHead(toks, i, j) {
			return tab.nounGroup(toks, i)
		}
		return newChunk(AG, i, i+1, i)
	case TModal, TAux, TVerb, TNeg, TTo:
		if c, ok := tab.verbGroup(toks, i); ok {
			return c
		}
		if t.Tag == TTo {
			// to "go to your place": the infinitive is quoted
			c := newChunk(VG, i, i+1, i)
			c.Flags = FInf
			return c
		}
		if t.Tag == TNeg {
			return newChunk(RG, i, i+1, i)
		}
		return newChunk(PG, i, i+1, i)
	case TAdv:
		if c, ok := tab.verbGroup(toks, i); ok {
			return c
		}
		if j := nounGroupEnd(tab.kw, toks, i); j > i+1 && hasHead(toks, i, j) {
			return tab.nounGroup(toks, i) // "very senior officials"
		}
		return newChunk(RG, i, i+1, i)
	case TPrep:
		// "according to", "because of", "out of"
		if i+1 < len(toks) && toks[i+1].Tag == TPrep && toks[i+1].ID != t.ID && t.Class&Sub == 0 {
			return newChunk(PG, i, i+2, i)
		}
		return newChunk(PG, i, i+1, i)
	case TConj:
		return newChunk(CG, i, i+1, i)
	case TSub, TRel, TWh:
		return newChunk(SG, i, i+1, i)
	}
	return newChunk(MG, i, i+1, i)
}

// inNounGroup reports whether a token of tag g may stand inside a noun
// group, before its head or as its head.
func inNounGroup(g Tag) bool {
	switch g {
	case TDet, TQuant, TNum, TOrd, TPossDet, TAdj, TNoun, TName:
		return true
	}
	return false
}

// nounGroupEnd returns where a noun group starting at i would end: the
// first token that cannot be in it. A possessive ends the group after it.
func nounGroupEnd(kw *known, toks []Token, i int) int {
	j := i
	for j < len(toks) {
		g := toks[j].Tag
		if j > i && toks[j].Shape&Newline != 0 {
			return j // a line break ends a group: a dateline, a row of a list
		}
		switch {
		case g == TAdj && j > i && (toks[j-1].Tag == TNoun || toks[j-1].Tag == TName) && !(j+1 < len(toks) && (toks[j+1].Tag == TNoun || toks[j+1].Tag == TName || toks[j+1].Tag == TAdj)):
			// an adjective after the head stands alone: "sources familiar
			// with the talks", "officials present"
			return j
		case g == TOrd && j > i && (toks[j-1].Tag == TNoun || toks[j-1].Tag == TName):
			return j // "told reporters last week"
		case g == TPunct && toks[j].IsMark('/') && j > i && j+1 < len(toks) && toks[j].Shape&Space == 0 && toks[j+1].Shape&Space == 0 &&
			(toks[j-1].Tag == TName || toks[j-1].Tag == TNoun) && (toks[j+1].Tag == TName || toks[j+1].Tag == TNoun):
			j++ // "a Marist/NBC poll"
		case inNounGroup(g):
			// a determiner, possessive pronoun or quantifier after a noun
			// opens a new group: "gave the minister a letter"
			if j > i && (g == TDet || g == TPossDet) && toks[j-1].Tag != TQuant && toks[j-1].Tag != TDet {
				return j
			}
			// "from Benfica last summer": an ordinal after a head opens
			// a group of its own
			if j > i && g == TOrd && (toks[j-1].Tag == TNoun || toks[j-1].Tag == TName) {
				return j
			}
			// a name after a common noun that is no title or word for
			// people opens a new group: "a pact Moscow wanted"; not after
			// a word the table does not know, which may be an adjective
			// ("the lanky Cotton"), nor a name's particle ("Bashar al Assad")
			if j > i && g == TName && toks[j-1].Tag == TNoun && toks[j-1].Shape&(Cap|Guessed) == 0 &&
				toks[j-1].Class&(Title|Person|Group|Kin) == 0 && toks[j-1].Class != 0 && !(j-2 >= i && toks[j-2].Tag == TName && kw.particle(toks[j-1].ID)) {
				return j
			}
			j++
		case g == TAdv && j+1 < len(toks) && (toks[j+1].Tag == TAdj || toks[j+1].Tag == TNum) && j == i:
			j++ // "very senior", "nearly 200"
		case g == TAdv && j > i && toks[j-1].Tag == TDet && j+1 < len(toks) && toks[j+1].Tag == TAdj:
			j++ // "a very senior official"
		case g == TPoss:
			if possessiveInName(kw, toks, i, j) {
				j++
				continue
			}
			return j + 1
		case adjectivesJoined(kw, toks, i, j):
			j += 2 // "a longtime, dedicated advocate", "a consistent and outspoken supporter"
		default:
			return j
		}
	}
	return j
}

// possessiveInName reports whether the possessive at j, ending the group
// that starts at i, is inside a name: a saint's or a capitalised title's or
// people's possessive before a capitalised word that heads the names of
// bodies and buildings ("St Mary's Hospital", "St Thomas' Hospital",
// "King's College", "Children's Hospital", "People's Party"). A name's
// possessive stays one ("Russia's Defence Ministry", "Smith's Hospital
// visit"): whose it is says nothing of its name.
func possessiveInName(kw *known, toks []Token, i, j int) bool {
	if j == i || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	if n.Shape&Cap == 0 || n.Shape&First != 0 || n.Class&(OrgHead|PlaceHead) == 0 || n.Class&Pl != 0 {
		return false
	}
	p := &toks[j-1]
	saint := toks[i].ID == kw.st
	titled := (p.Tag == TNoun || p.Tag == TName) && p.Shape&Cap != 0 && p.Class&(Title|Person|Group) != 0 &&
		(j-1 == i || j-2 == i && toks[i].Tag == TDet)
	return saint && p.Tag == TName || titled
}

// adjectivesJoined reports whether token j, a comma or "and", joins two
// adjectives before the noun of a noun group that starts at i with a
// determiner: "a longtime, dedicated advocate".
func adjectivesJoined(kw *known, toks []Token, i, j int) bool {
	// (the second may be a participle: "a longtime, dedicated advocate")
	adj := func(t *Token) bool { return t.Tag == TAdj || t.Tag == TVerb && t.Class&(Part|Ing) != 0 }
	if j == i || j+2 >= len(toks) || toks[j-1].Tag != TAdj || !adj(&toks[j+1]) || toks[i].Tag != TDet && toks[i].Tag != TPossDet {
		return false
	}
	if t := &toks[j]; !t.IsMark(',') && !(t.Tag == TConj && t.ID == kw.and) {
		return false
	}
	// a noun must follow the adjectives
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		switch toks[k].Tag {
		case TAdj:
		case TNoun:
			return true
		default:
			return false
		}
	}
	return false
}

// hasHead reports whether toks[i:j] hold a noun, name or number to head a
// noun group.
func hasHead(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		switch toks[k].Tag {
		case TNoun, TName, TNum, TPoss:
			return true
		}
	}
	return false
}

// nounGroup reads the noun group at i: determiners, modifiers and the
// head, a name's inner "of" ("the University of Sydney", "Secretary of
// State John Kerry"), and a possessive ending.
func (tab *Table) nounGroup(toks []Token, i int) Chunk {
	j := nounGroupEnd(tab.kw, toks, i)
	if j == i {
		j = i + 1
	}
	// a name that goes on after "of", "for", "de": "Bank of England",
	// "Committee for the Promotion of Virtue"
	for j+1 < len(toks) && (toks[j-1].Tag == TName || isCapTitle(&toks[j-1])) && nameGoesOn(tab.kw, toks, j) {
		k := j + 1
		if toks[k].Tag == TDet && k+1 < len(toks) && toks[k+1].Tag == TName {
			k++
		}
		e := k
		for e < len(toks) && (toks[e].Tag == TName || toks[e].Tag == TNum && toks[e].Shape&Cap != 0) {
			e++
		}
		if e == k {
			break
		}
		j = e
		if j < len(toks) && toks[j].Tag == TPoss {
			j++
			break
		}
	}
	c := newChunk(NG, i, j, j-1)
	if toks[j-1].Tag == TPoss {
		c.Flags |= FPossessor | FDef
		c.Head = int32(max(i, j-2))
	} else {
		// the head is the last noun, name or number; an adjective when
		// there is none ("the poor")
		for k := j - 1; k >= i; k-- {
			if g := toks[k].Tag; g == TNoun || g == TName || g == TNum || g == TPron {
				c.Head = int32(k)
				break
			}
		}
	}
	h := &toks[c.Head]
	if h.Tag == TName {
		c.Flags |= FName
	}
	if h.Class&Pl != 0 && h.Class&Sg == 0 || h.Tag == TNum && h.Class&Sg == 0 {
		c.Flags |= FPlural
	}
	switch d := &toks[i]; {
	case d.Tag == TPossDet:
		c.Flags |= FDef
	case d.Tag == TDet && d.Class&(Sg|Pl) != 0 && d.Class&Neg == 0 && d.ID != tab.kw.a && d.ID != tab.kw.an:
		c.Flags |= FDef // the, this, these
	}
	if h.ID != 0 {
		c.Lemma = tab.Entry(h.ID).Lemma
	}
	return c
}

// isCapTitle reports whether t is a capitalised title noun, which a name
// may follow after "of": "Secretary of State Hillary Clinton" after a dash,
// where the tagger reads "Secretary" as a noun.
func isCapTitle(t *Token) bool {
	return t.Shape&Cap != 0 && t.Class&Title != 0 && t.Tag == TNoun
}

// nameGoesOn reports whether the word at j ("of", "for", "de") joins the
// name before it to a name after it: when the name before ends with a word
// that heads organisations, places or titles, or the words are particles
// of personal names.
func nameGoesOn(kw *known, toks []Token, j int) bool {
	t := &toks[j]
	if t.Kind != Word || t.Shape&Cap != 0 {
		return false
	}
	if t.ID != kw.of && t.ID != kw.for_ && t.ID != kw.on && !kw.particle(t.ID) {
		return false
	}
	if t.ID == 0 || j+1 >= len(toks) || toks[j+1].Tag != TName && !(toks[j+1].Tag == TDet && j+2 < len(toks) && toks[j+2].Tag == TName) {
		return false
	}
	if t.ID != kw.of && t.ID != kw.for_ && t.ID != kw.on {
		return true // "Charles de Gaulle", "Osama bin Laden"
	}
	// a day is no part of a name: "the Commission on Tuesday"
	if n := &toks[j+1]; n.Class&(Weekday|Month|TimeWord|Season) != 0 {
		return false
	}
	// (a plural title is a description, not a name's part: "Critics of
	// the Agency say")
	p := &toks[j-1]
	return p.Class&(OrgHead|PlaceHead) != 0 || p.Class&Title != 0 && (p.Class&Pl == 0 || p.Class&Sg != 0)
}

// verbGroup reads the verb group at i: modals, auxiliaries, negation and
// adverbs before the main verb, "to" before an infinitive, and a particle
// after it ("pointed out"). It reports false when no verb follows.
func (tab *Table) verbGroup(toks []Token, i int) (Chunk, bool) {
	j := i
	head := -1
	var fl ChunkFlag
	be, have := false, false
	for ; j < len(toks); j++ {
		t := &toks[j]
		switch t.Tag {
		case TTo:
			if j != i {
				goto done
			}
			fl |= FInf
			continue
		case TModal:
			if head >= 0 {
				goto done
			}
			if t.ID == tab.kw.will || t.ID == tab.kw.shall || t.ID == tab.kw.ll {
				fl |= FFuture | FFinite
			} else {
				fl |= FModal | FFinite
			}
			continue
		case TNeg:
			if head >= 0 {
				goto done
			}
			// "not only ... but also", "not just" negate nothing
			if j+1 < len(toks) && (toks[j+1].ID == tab.kw.only || toks[j+1].ID == tab.kw.just) {
				continue
			}
			fl |= FNeg
			continue
		case TAdv:
			if head >= 0 {
				// a particle: "pointed out", "backed down"; not the
				// preposition of an adverb: "said in general"
				if j == head+1 && t.Class&Prep != 0 && !adverbialIdiom(tab.kw, toks, j) {
					j++
				}
				goto done
			}
			continue
		case TAux:
			if head >= 0 {
				goto done
			}
			// a tensed form: "is", "was", "has"; or "am", "are", "'re",
			// which are neither a base, a participle nor an -ing form
			if t.Class&(Past|Pres3) != 0 || t.Class&Base != 0 && j == i && fl&FInf == 0 ||
				t.Class&Be != 0 && t.Class&(Base|Part|Ing) == 0 && fl&FInf == 0 {
				fl |= FFinite
			}
			if t.Class&Past != 0 {
				fl |= FPast
			}
			if t.Class&Be != 0 {
				be = true
			}
			if t.Class&Have != 0 {
				have = true
				if t.Class&Pres3 != 0 || t.Class&Base != 0 || t.Class&Past != 0 {
					fl |= FPast // perfect
				}
			}
			continue
		case TVerb:
			if head >= 0 {
				goto done
			}
			head = j
			continue
		}
		break
	}
done:
	if head < 0 {
		// auxiliaries alone: "he did", "is" before an adjective is a verb
		for k := j - 1; k >= i; k-- {
			if toks[k].Tag == TAux || toks[k].Tag == TModal {
				head = k
				break
			}
		}
		if head < 0 {
			return Chunk{}, false
		}
	}
	// trailing adverbs before the head stay inside; adverbs after the
	// last verb word do not
	for j > head+1 && toks[j-1].Tag == TAdv && toks[j-1].Class&Prep == 0 {
		j--
	}
	h := &toks[head]
	hc := h.Class
	// the verb stands alone when only adverbs or a negation come before
	// it: "also argued", "never said" are finite as "argued" is
	alone := true
	for k := i; k < head; k++ {
		if g := toks[k].Tag; g != TAdv && g != TNeg {
			alone = false
		}
	}
	switch {
	case be && hc&Part != 0 && h.Tag == TVerb:
		fl |= FPassive
	case alone && hc&Ing != 0 && fl&FInf == 0:
		fl |= FIng
	case alone && fl&FInf == 0 && hc&(Past|Pres3) != 0:
		fl |= FFinite
		if hc&Past != 0 {
			fl |= FPast
		}
	case alone && fl&FInf == 0 && hc&Part != 0 && !(hc&Base != 0 && i > 0 && (toks[i-1].Tag == TNoun || toks[i-1].Tag == TName || toks[i-1].Tag == TPron)):
		fl |= FPartic // a base form that is also a participle is finite after a subject: "people come"
	case alone && fl&FInf == 0 && hc&Base != 0:
		fl |= FFinite // "officials say"
	case have && hc&Part != 0:
		fl |= FPast
	}
	_ = have
	c := newChunk(VG, i, j, head)
	c.Flags = fl
	if h.ID != 0 {
		c.Lemma = tab.Entry(h.ID).Lemma
	}
	return c, true
}
