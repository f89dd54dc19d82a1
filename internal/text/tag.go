package text

// A Tag is a token's part of speech in its sentence.
type Tag uint8

// Tags. The zero Tag is none: a token not yet tagged.
const (
	TNone    Tag = iota
	TDet         // a, the, this, no, some
	TQuant       // many, several, most, dozens
	TNum         // 12, twelve
	TOrd         // first, last
	TPron        // he, them, someone, there
	TPossDet     // his, their, her before a noun
	TPoss        // the possessive 's or a bare apostrophe after a plural
	TPrep        // of, in, according
	TTo          // to before a verb
	TConj        // and, or, but
	TSub         // a clause opener: that, because, if, although
	TRel         // a relative: who, which, that after a noun
	TWh          // what, how, why: an embedded or direct question
	TAux         // be, have, do before a verb
	TModal       // will, would, could, may
	TNeg         // not, n't, never
	TAdv         // adverbs, and particles of phrasal verbs: "point out"
	TAdj         // adjectives
	TNoun        // common nouns
	TName        // proper nouns: capitalised words that are not function words
	TVerb        // main verbs
	TPunct       // , . ; : ? ! ( ) and the like
	TQuote       // quotation marks
	TDash        // dashes
)

var tagNames = [...]string{"-", "DET", "QUANT", "NUM", "ORD", "PRON", "POSSDET", "POSS", "PREP", "TO", "CONJ",
	"SUB", "REL", "WH", "AUX", "MODAL", "NEG", "ADV", "ADJ", "NOUN", "NAME", "VERB", "PUNCT", "QUOTE", "DASH"}

// String returns the tag's name: "NOUN", "VERB"...
func (g Tag) String() string {
	if int(g) < len(tagNames) {
		return tagNames[g]
	}
	return "?"
}

// function classes: words whose tag the table's classes decide, capitalised or not
const function = Det | Quant | Pron | Prep | Conj | Sub | Rel | Wh | Aux | Modal | Neg | Num | Ord

// NounLike reports whether a token of tag g may be in a noun group.
func (g Tag) NounLike() bool {
	switch g {
	case TNoun, TName, TAdj, TNum, TOrd:
		return true
	}
	return false
}

// tagSentence sets the Tag of each token of one sentence.
func (t *Table) tagSentence(toks []Token) {
	caps := capitalisedMode(toks)
	for i := range toks {
		toks[i].Tag = tagAt(t.kw, toks, i, caps)
	}
}

// capitalisedMode reports whether a sentence is a headline in title case or
// in capitals, where a capital says nothing of a name: its common words
// (nouns, verbs, adjectives and adverbs the table knows, not those that
// head names) are capitalised, all but one in eight at most, and there are
// two at least or a verb ("Lavrov Meets Kerry"); or it is written in capitals
// ("CHICAGO AT TORONTO"). A sentence
// with a lower-case verb or noun beside a name of common words ("Black
// Lives Matter marched") is running text.
func capitalisedMode(toks []Token) bool {
	words, caps := 0, 0
	upper, lower := 0, 0 // words in capitals; words with a lower-case letter
	capVerbs := 0        // capitalised common words that may be verbs
	for i := range toks {
		t := &toks[i]
		if t.Kind == Word && t.Len() > 1 {
			if t.Shape&AllCaps != 0 {
				upper++
			} else if t.Shape&(Lower|Mixed) != 0 || t.Shape&Cap != 0 {
				lower++
			}
		}
		if t.Kind == Word && t.ID == 0 && t.Shape&Lower != 0 && t.Shape&First == 0 && t.Len() > 3 {
			words++ // a lower-case word the table lacks is running text too: "queued"
			continue
		}
		if t.Kind != Word || t.ID == 0 || t.Class&(Noun|Verb|Adj|Adv) == 0 ||
			t.Class&(Title|OrgHead|PlaceHead|Honorific|Month|Weekday|Demonym) != 0 || t.Shape&First != 0 && t.Shape&AllCaps == 0 {
			continue
		}
		words++
		if t.Shape&(Cap|AllCaps) != 0 {
			caps++
			if t.Class&Verb != 0 {
				capVerbs++
			}
		}
	}
	// a line in capitals: "CHICAGO AT TORONTO"
	if upper >= 2 && lower == 0 {
		return true
	}
	// a headline of one common word must have it a verb: "Lavrov Meets
	// Kerry", not the list row "Jearl Miles (U.S.) 50.42"
	return (words >= 2 || capVerbs == 1) && 8*(words-caps) <= words
}

// prevTag returns the tag of the token before i, skipping adverbs, and the
// index of that token (-1 at the start).
func prevTag(toks []Token, i int) (Tag, int) {
	for j := i - 1; j >= 0; j-- {
		if toks[j].Tag != TAdv || i-j > 3 {
			return toks[j].Tag, j
		}
	}
	return TNone, -1
}

// startLike reports whether token i opens its sentence or follows a mark
// after which a capital says nothing: an opening quote or bracket, a colon,
// a dash; or only marks and numbers are before it.
func startLike(toks []Token, i int) bool {
	if i == 0 || toks[i].Shape&First != 0 {
		return true
	}
	// after nothing but marks and numbers: a citation "[20]", a list's
	// "2."
	opens := true
	for j := 0; j < i && opens; j++ {
		opens = toks[j].Kind != Word
	}
	if opens {
		return true
	}
	p := &toks[i-1]
	switch p.Kind {
	case Quote:
		return p.Shape&Open != 0 || i == 1
	case Dash:
		return true
	case Punct:
		switch p.ID {
		case '(', '[', ':', ';', '.', '!', '?', '…':
			return true
		}
	}
	return false
}

func nextClass(toks []Token, i int) Class {
	if i+1 < len(toks) && toks[i+1].IsWord() {
		return toks[i+1].Class
	}
	return 0
}

// nextIsAcronym reports whether token i+1 is written in capitals, a name
// whatever the table says of its letters: "US", "IT".
func nextIsAcronym(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Shape&AllCaps != 0 && toks[i+1].Len() > 1
}

// nextIsNameLike reports whether token i+1 is a capitalised word the table
// does not know: "Rose Smith".
func nextIsNameLike(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Shape&Cap != 0 && toks[i+1].Class&function == 0
}

func tagAt(kw *known, toks []Token, i int, caps bool) Tag {
	t := &toks[i]
	switch t.Kind {
	case Punct:
		return TPunct
	case Quote:
		return TQuote
	case Dash:
		return TDash
	case Apos:
		// "officials' votes": a possessive after a plural in -s and
		// before a word that may stand in a noun group; "'No Retreat' on"
		// closes a quote
		if possessiveApos(toks, i) {
			return TPoss
		}
		return TQuote
	case Number:
		return TNum
	}
	c := t.Class
	if t.Shape&Initial != 0 {
		return TName // "Joseph I. Lieberman", "J. Smith"
	}
	if adverbialIdiom(kw, toks, i) {
		return TAdv // "in general", "of course"
	}
	if t.Shape&(Cap|AllCaps) != 0 && !caps && !(t.Shape&AllCaps != 0 && t.Len() > 1 && plainInCaps(c) && !nextIsNameLike(toks, i)) && !shoutedVerb(t) {
		switch {
		case t.Shape&AllCaps != 0 && t.Len() > 1 && c&Neg == 0:
			return TName // "US", "NATO", "IS"
		case c&Demonym != 0:
			// "Mark Cuban", "Pierre French": a demonym after a given
			// name and before no noun is a surname
			if i > 0 && toks[i-1].Tag == TName && toks[i-1].Kind == Word && nextClass(toks, i)&(Noun|Adj|Demonym) == 0 && !nextIsNameLike(toks, i) {
				return TName
			}
			if c&(Pl|Sg) != 0 {
				return TNoun // "the Russians", "a Briton"
			}
			return TAdj // "Russian President", "the French"
		case c&Honorific != 0:
			return TName // "Mr.", "Sir"
		case startLike(toks, i):
			if t.ID == 0 {
				return TName
			}
			if c&function == 0 && c&(Noun|Adj|Verb) != 0 && c&Pl == 0 && nameAtStart(toks, i) {
				return TName // "Brown said", "Rose Smith", "Brown's", "Trump has"
			}
			// a capitalised verb that opens a sentence is a name unless
			// what follows makes it an imperative: "Trump said", but
			// "Read the report", "Join us"
			if c&function == 0 && c&Verb != 0 && c&(Noun|Adj|Adv) == 0 && c&Base != 0 && !imperative(toks, i) {
				return TName
			}
		case c&function == 0 || c&(Month|Weekday) != 0 || t.ID == 0:
			return TName
		case c&Modal != 0 && c&Month != 0:
			return TName // "May"
		}
	} else if t.Shape&(Cap|AllCaps) != 0 && t.ID == 0 {
		return TName
	}
	if t.Shape&(Hyphen|Lower) == Hyphen|Lower {
		if g, ok := compoundTag(toks, i); ok {
			return g
		}
	}
	if t.ID == kw.there && existential(toks, i) {
		return TPron // "there is", "there will be": a subject
	}
	if c&function != 0 {
		return functionTag(kw, toks, i, caps)
	}
	return openTag(kw, toks, i)
}

// possessiveApos reports whether the bare apostrophe at i is a plural's
// possessive: "officials' votes", "the Smiths' house".
func possessiveApos(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].Kind != Word || toks[i+1].Kind != Word || toks[i-1].End != toks[i].Start {
		return false
	}
	p, n := &toks[i-1], &toks[i+1]
	if p.Class&Pl == 0 && !(p.Shape&Cap != 0 && p.ID == 0) {
		return false // "Retreat'": no plural before it
	}
	if n.Class&function != 0 && n.Class&(Noun|Adj) == 0 {
		return false
	}
	return n.Class&(Noun|Adj|Num|Ord) != 0 || n.Shape&Cap != 0
}

// afterArticle reports whether token i follows "a", "an" or "the" (only
// "a" and "an" when single).
func afterArticle(kw *known, toks []Token, i int, single bool) bool {
	if i == 0 {
		return false
	}
	id := toks[i-1].ID
	return id == kw.a || id == kw.an || !single && id == kw.the
}

// existential reports whether "there" at i is a subject: a form of be, or
// a modal and be, follows it, or a finite verb and a determiner.
func existential(toks []Token, i int) bool {
	n := nextClass(toks, i)
	return n&Be != 0 || n&Modal != 0 && i+2 < len(toks) && toks[i+2].Class&Be != 0 ||
		n&Verb != 0 && n&(Past|Pres3) != 0 && i+2 < len(toks) && toks[i+2].Class&(Det|Quant|Num) != 0 // "there remains a difference"
}

// imperative reports whether the verb at i, opening a sentence, reads as
// an imperative: a determiner, pronoun, preposition or adverb follows it.
func imperative(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.Kind != Word {
		return n.IsMark('!')
	}
	return n.Class&(Det|Pron|Prep|Adv|Num|Quant|Possessive) != 0 && n.Class&Verb == 0 || n.Class&Possessive != 0
}

// adverbialIdiom reports whether token i is part of a preposition and a
// word that together are an adverb: "in general", "in particular", "in
// fact", "in turn", "of course", "at least", "at last", "for example",
// "for instance". Before a noun they are a preposition and its object:
// "in general terms".
func adverbialIdiom(ids *known, toks []Token, i int) bool {
	first, second := i, i+1
	if t := toks[i].ID; t != ids.in && t != ids.of && t != ids.at && t != ids.for_ {
		first, second = i-1, i
	}
	if first < 0 || second >= len(toks) || toks[first].Kind != Word || toks[second].Kind != Word {
		return false
	}
	a, b := toks[first].ID, toks[second].ID
	ok := a == ids.in && (b == ids.general || b == ids.particular || b == ids.fact || b == ids.turn || b == ids.short) ||
		a == ids.of && b == ids.course || a == ids.at && (b == ids.least || b == ids.last) ||
		a == ids.for_ && (b == ids.example || b == ids.instance)
	if !ok {
		return false
	}
	n := second + 1
	return n >= len(toks) || toks[n].Kind != Word || toks[n].Class&Noun == 0 || toks[n].Shape&Cap != 0
}

// compoundTag tags a lower-case compound by its parts: a name after an
// Arabic or European particle ("al-Qaida", "bin-Laden"), an adjective made
// of a prefix and a name ("pro-Assad", "anti-Trump") or of words before a
// noun ("eight-page proposal").
func compoundTag(toks []Token, i int) (Tag, bool) {
	t := &toks[i]
	if t.Kind != Word {
		return 0, false
	}
	if t.ID == 0 || t.Class&(Noun|Verb|Adj|Adv) == 0 {
		return 0, false
	}
	if i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Class&Noun != 0 && toks[i+1].Class&function == 0 && t.Class&Adv == 0 {
		return TAdj, true
	}
	// a compound participle after a determiner: "the so-called",
	// "a long-awaited", "the well-known"
	if p, _ := prevTag(toks, i); (p == TDet || p == TPossDet) && t.Class&Verb != 0 && t.Class&(Part|Ing) != 0 {
		return TAdj, true
	}
	return 0, false
}

// nameAtStart reports whether the known common word at the start of a
// sentence, token i, is a name: before another capitalised word ("Rose
// Smith"), or a singular noun with no determiner before a finite verb
// ("Brown said").
func nameAtStart(toks []Token, i int) bool {
	c := toks[i].Class
	if c&(TimeWord|Month|Weekday|Season) != 0 {
		return false
	}
	// a possessive: "Brown's supporters"; an adjective or a verb owns nothing
	if i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Class&Poss != 0 && c&(Adj|Verb) != 0 {
		return true
	}
	if c&(Noun|Adj) == 0 {
		// a word known only as a verb opens no statement before an
		// auxiliary, a finite verb, or a title and a name: "Trump has",
		// "Trump said", "Trump also accused", "Trump critic Mark Cuban";
		// nor before a comma: "Trump, on the other hand, has"
		n := nextClass(toks, afterAdverbs(toks, i))
		if i+1 < len(toks) && toks[i+1].IsMark(',') {
			return true
		}
		switch {
		case n&(Aux|Modal) != 0 && n&Poss == 0:
			return true
		case n&Verb != 0 && n&(Past|Pres3) != 0 && n&Noun == 0:
			return true
		case n&Noun != 0 && n&(Title|Person) != 0 && toks[i+1].Shape&Cap == 0 && nextIsNameLike(toks, i+1):
			return true
		}
		return false
	}
	if nextIsNameLike(toks, i) && c&(Title|OrgHead|PlaceHead|Adj) == 0 {
		return true
	}
	if c&(Pl|Demonym|Title|Group|Person) != 0 {
		return false
	}
	// "Brown said", "Young told", "Ward also said": a person speaks
	n := nextClass(toks, afterAdverbs(toks, i))
	return n&Verb != 0 && n&(Past|Pres3) != 0 && n&(Speech|Cognition) != 0 && n&Noun == 0
}

// afterAdverbs returns the index of the last of the adverbs (at most two)
// after token i, or i: "also", "once", "later" between a subject and its
// verb.
func afterAdverbs(toks []Token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if c := toks[j].Class; toks[j].Kind != Word || c&Adv == 0 || c&(Noun|Verb) != 0 {
			break
		}
		i = j
	}
	return i
}

func functionTag(kw *known, toks []Token, i int, caps bool) Tag {
	t := &toks[i]
	c := t.Class
	n := nextClass(toks, i)
	p, _ := prevTag(toks, i)
	w := t.ID
	ids := kw
	switch {
	case c&Poss != 0: // 's
		if p == TPron || p == TWh || p == TRel || p == TSub && w == ids.that {
			return TAux // he's, that's
		}
		if i > 0 && toks[i-1].ID == ids.that || i > 0 && toks[i-1].ID == ids.there {
			return TAux
		}
		return TPoss
	case c&Modal != 0:
		// a modal that is also a noun: "its military might", "the will
		// of the people"
		if c&Noun != 0 && (p == TDet || p == TPossDet || p == TAdj || p == TNoun || p == TPoss) && n&(Verb|Adv|Neg) == 0 {
			return TNoun
		}
		return TModal // will, would, 'd
	case c&Aux != 0:
		return auxTag(kw, toks, i)
	case w == ids.to:
		if toVerb(toks, i, caps) {
			return TTo
		}
		return TPrep
	case w == ids.that:
		return thatTag(kw, toks, i, p)
	case c&Possessive != 0 && c&Obj != 0: // her
		if n&(Noun|Adj|Num|Ord) != 0 && n&(Det|Prep|Pron) == 0 || nextIsNameLike(toks, i) {
			return TPossDet
		}
		return TPron
	case c&Possessive != 0:
		return TPossDet
	case c&Neg != 0 && c&Det != 0: // no
		if n&(Noun|Adj|Num|Quant) != 0 || nextIsNameLike(toks, i) {
			return TDet
		}
		return TNeg
	case c&Neg != 0:
		return TNeg
	case c&Pron != 0 && c&Num != 0: // one
		if n&(Noun|Adj|Ord) != 0 && n&function == 0 || nextIsNameLike(toks, i) {
			return TNum // "one official"
		}
		return TPron
	case c&Pron != 0 && c&(Det|Wh) == 0:
		return TPron
	case c&(Det|Quant) != 0 && c&Pron != 0 || c&Det != 0 && c&Wh != 0: // this, some, all, what, which
		if c&(Wh|Rel) != 0 {
			return whTag(toks, i, p)
		}
		if n&(Noun|Adj|Num|Ord|Quant) != 0 && n&(Verb|Aux|Modal) != Verb || nextIsNameLike(toks, i) ||
			n&Noun != 0 && n&Pl != 0 && c&Sg == 0 {
			return TDet // also "other challenges", "these tweets"
		}
		// a singular determiner before a noun that is also a verb:
		// "another show of support", "every plan"
		if c&Sg != 0 && c&Det != 0 && n&Noun != 0 && n&Base != 0 && n&(Pres3|Past) == 0 {
			return TDet
		}
		return TPron
	case c&Det != 0:
		return TDet
	case c&Quant != 0:
		if w == ids.more || w == ids.most || w == ids.less {
			if n&Adj != 0 && n&Noun == 0 || n&Adv != 0 {
				return TAdv // more likely, most recently
			}
		}
		if c&Num != 0 {
			return TNum
		}
		return TQuant
	case c&Num != 0:
		return TNum
	case c&Ord != 0:
		return TOrd
	case c&(Wh|Rel) != 0:
		return whTag(toks, i, p)
	case c&Prep != 0 && c&Sub != 0, c&Prep != 0 && c&Conj != 0:
		// as, since, before, after, until, like, once, plus
		if clauseFollows(toks, i+1) {
			return TSub
		}
		return TPrep
	case c&Prep != 0:
		// a preposition that is also an adjective, after a determiner and
		// before a noun: "his past comments", "the past week"
		if c&Adj != 0 && (p == TDet || p == TPossDet || p == TPoss) && n&(Noun|Adj) != 0 {
			return TAdj
		}
		if c&Adv != 0 || isParticle(kw, w) {
			// a particle after a verb: "pointed out", "backed down"
			if p == TVerb && !startsNounGroup(toks, i+1) {
				return TAdv
			}
		}
		return TPrep
	case c&Conj != 0:
		if c&Adv != 0 && !(i > 0 && toks[i-1].IsMark(',')) {
			return TAdv // yet
		}
		return TConj
	case c&Sub != 0:
		finite := n&Verb != 0 && n&(Past|Pres3) != 0 && n&Noun == 0
		if c&Adv != 0 && (finite || !clauseFollows(toks, i+1)) {
			return TAdv // so; "who once ran"
		}
		return TSub
	}
	return openTag(kw, toks, i)
}

// auxTag tags a form of be, have or do: an auxiliary before a verb form it
// builds with ("has said", "was told", "did not say"), else a main verb.
func auxTag(kw *known, toks []Token, i int) Tag {
	c := toks[i].Class
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		u := &toks[j]
		if u.Kind != Word {
			return TVerb
		}
		if u.Class&(Neg|Adv) != 0 && u.Class&(Verb|Noun) == 0 || u.Class&Neg != 0 {
			continue
		}
		// an adverb that is also a verb, before a participle: "had long
		// wanted"
		if u.Class&Adv != 0 && j+1 < len(toks) && toks[j+1].Class&Verb != 0 && toks[j+1].Class&(Part|Ing) != 0 && toks[j+1].Class&Noun == 0 {
			continue
		}
		if j == i+1 && u.Class&Pron != 0 && u.Class&Subj != 0 && i == 0 {
			continue // a question: "Did he say ...?"
		}
		uc := u.Class
		switch {
		case c&Be != 0:
			if uc&Verb != 0 && uc&(Part|Ing) != 0 || uc&Aux != 0 && uc&(Be) != 0 && uc&(Part|Ing) != 0 {
				if uc&Adj != 0 && uc&Part == 0 && uc&Ing == 0 {
					return TVerb
				}
				return TAux
			}
			if u.ID == kw.to {
				return TAux // "is to meet", "was to be"
			}
		case c&Have != 0:
			if uc&Verb != 0 && uc&Part != 0 || u.ID == kw.been || u.ID == kw.to {
				return TAux // has said, had been, has to
			}
		case c&Do != 0:
			if uc&Verb != 0 && uc&Base != 0 {
				return TAux
			}
		}
		return TVerb
	}
	return TVerb
}

// toVerb reports whether the "to" at i marks an infinitive: a base verb
// form follows, perhaps after an adverb ("to quickly end").
func toVerb(toks []Token, i int, caps bool) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		u := &toks[j]
		if u.Kind == Quote && u.Shape&Open != 0 && j == i+1 {
			continue // to "go to your place and vote"
		}
		if u.Kind != Word || u.Shape&Cap != 0 && u.Shape&First == 0 && !caps && toks[j-1].Kind != Quote {
			return false
		}
		if u.Class&Verb != 0 && u.Class&Base != 0 {
			// "to support" yes; "to the", "to talks" no
			return u.Class&Det == 0
		}
		if u.Class&Adv == 0 || u.Class&(Noun|Adj) != 0 {
			return false
		}
	}
	return false
}

// thatTag tells a complementiser ("said that Russia"), a relative ("the
// plan that failed") and a determiner ("that plan") apart.
func thatTag(kw *known, toks []Token, i int, p Tag) Tag {
	n := nextClass(toks, i)
	var pc Class
	if i > 0 {
		pc = toks[i-1].Class
	}
	switch {
	case i == 0 || startLike(toks, i):
		if n&(Verb|Aux|Modal) != 0 && n&(Noun|Adj) == 0 {
			return TPron // "That was it."
		}
		if n&(Noun|Adj|Num) != 0 && n&Pron == 0 && !clauseFollows(toks, i+1) {
			return TDet
		}
		return TSub
	case (p == TNoun || p == TName) && n&Verb != 0 && n&(Past|Pres3) != 0 && n&Noun == 0:
		return TRel // "a reply that assailed": a clause of "that" needs a subject
	case p == TVerb || p == TAdj || pc&(SpeechNoun|Cognition) != 0 || p == TPunct || p == TConj || p == TAdv:
		if n&(Noun|Adj|Num|Ord) != 0 && n&(Pron|Det) == 0 && !clauseFollows(toks, i+1) && p == TVerb {
			return TDet // "backed that plan"
		}
		if n&Noun != 0 && n&Sg != 0 && n&(Pl|Pron|Det|Adj) == 0 && i+1 < len(toks) && toks[i+1].Shape&Cap == 0 &&
			!(i+2 < len(toks) && toks[i+2].Class&Noun != 0 && toks[i+2].Class&Pl != 0) {
			// "said that plan would fail": a singular noun needs a
			// determiner; not one that modifies a plural ("claim that
			// safety checks had been skipped")
			return TDet
		}
		return TSub
	case afterTimeOfVerb(toks, i), afterAdverbialOfSaying(kw, toks, i) && clauseFollows(toks, i+1):
		return TSub // "said Tuesday that", "says on its website that"
	case p == TNoun || p == TName || p == TPron || p == TNum:
		if n&(Noun|Adj) != 0 && n&(Verb|Aux|Pron|Det) == 0 && !clauseFollows(toks, i+1) {
			return TDet
		}
		if afterTelling(toks, i) && clauseFollows(toks, i+1) {
			return TSub // "told reporters that the talks…"
		}
		return TRel
	case p == TPrep:
		return TDet
	}
	if n&(Noun|Adj|Num) != 0 && n&(Pron|Det|Verb) == 0 {
		return TDet
	}
	return TSub
}

// afterTimeOfVerb reports whether token i follows a verb and a time
// adverbial: "said Tuesday", "announced last week".
func afterTimeOfVerb(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		c := toks[j].Class
		switch {
		case toks[j].Tag == TVerb:
			return j < i-1
		case c&(Weekday|TimeWord|TimeUnit|Month|Season) != 0, c&Ord != 0, toks[j].Tag == TDet:
		default:
			return false
		}
	}
	return false
}

// afterAdverbialOfSaying reports whether token i follows a verb of saying
// and a prepositional phrase that is an adverbial, not the verb's topic,
// and a subject follows it: "says on its website that the", not "spoke of
// a church that had".
func afterAdverbialOfSaying(kw *known, toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Class&(Verb|Aux|Modal) != 0 && toks[i+1].Class&(Noun|Pron) == 0 {
		return false
	}
	prep := false
	for j := i - 1; j >= 0 && i-j <= 12; j-- {
		t := &toks[j]
		switch {
		case t.Tag == TVerb:
			return prep && t.Class&(Speech|Cognition|Publish|Finding) != 0
		case t.Tag == TPrep:
			switch t.ID {
			case kw.of, kw.about, kw.for_, kw.against, kw.with, kw.to:
				return false // the verb's topic or addressee: "spoke of a church that"
			}
			prep = true
		case t.Tag.NounLike(), t.Tag == TDet, t.Tag == TPossDet, t.Tag == TPoss, t.Tag == TAdv:
		default:
			return false
		}
	}
	return false
}

// afterTelling reports whether the noun group before token i is the
// object of a verb of telling: "told reporters", "assured them".
func afterTelling(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 12; j-- {
		switch g := toks[j].Tag; {
		case g == TVerb:
			return toks[j].Class&Telling != 0
		case g == TPron || g.NounLike() || g == TDet || g == TPossDet || g == TPoss || g == TQuant || g == TPrep:
			// the object and its modifiers: "told one of his aides on a
			// regular basis that"
		default:
			return false
		}
	}
	return false
}

// whTag tells a relative ("the man who said"), a question word ("asked
// what he meant") and a determiner ("which plan") apart.
func whTag(toks []Token, i int, p Tag) Tag {
	c := toks[i].Class
	n := nextClass(toks, i)
	if c&Det != 0 && n&(Noun|Adj) != 0 && n&(Verb|Aux|Pron) == 0 {
		return TDet // which plan, what role
	}
	if c&Rel != 0 && (p == TNoun || p == TName || p == TPron || i > 0 && toks[i-1].IsMark(',') && p != TVerb) {
		return TRel
	}
	if c&Sub != 0 && c&Wh != 0 && p != TVerb && p != TPrep {
		return TSub // when, where
	}
	return TWh
}

// clauseFollows reports whether a clause with its own subject and finite
// verb starts at token j: a subject pronoun, or a short noun group and a
// finite verb, within a few words and no punctuation.
func clauseFollows(toks []Token, j int) bool {
	for j < len(toks) && (toks[j].Kind == Quote && toks[j].Shape&Open != 0 || toks[j].IsMark(',')) {
		j++ // `that "there were issues`, `that, "Of course`
	}
	if j >= len(toks) || toks[j].Kind != Word {
		return false
	}
	if c := toks[j].Class; c&Pron != 0 && c&Subj != 0 {
		return true
	}
	// a clause opens with its subject, not a verb: "as saying"
	if c := toks[j].Class; c&Verb != 0 && c&(Noun|Adj|Pron|Det) == 0 && toks[j].Shape&Cap == 0 {
		return false
	}
	for k, n := j, 0; k < len(toks) && n < 7; k, n = k+1, n+1 {
		u := &toks[k]
		if u.Kind == Quote && u.Shape&Open != 0 && k > j {
			// a quoted stretch inside the subject's phrase: `the
			// advertisement "unmistakably and wrongfully" suggests`
			for m := k + 1; m < len(toks) && m < k+12; m++ {
				if toks[m].Kind == Quote {
					k = m
					break
				}
			}
			continue
		}
		if u.Kind == Quote {
			continue
		}
		if u.Kind != Word && u.Kind != Number && u.Kind != Apos {
			return false
		}
		if k == j {
			continue
		}
		c := u.Class
		if c&(Aux|Modal) != 0 && c&Poss == 0 || c&Verb != 0 && c&(Past|Pres3) != 0 && (c&Noun == 0 || u.Shape&Guessed != 0 && c&Past != 0) {
			return true
		}
		if c&(Prep|Sub|Rel|Conj) != 0 && c&Det == 0 && !(c&Adv != 0 && k+1 < len(toks) && toks[k+1].Class&Verb != 0) {
			return false // but an adverb before the verb: "Clinton once described"
		}
	}
	return false
}

// startsNounGroup reports whether token j can open a noun group.
func startsNounGroup(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	u := &toks[j]
	if u.Kind == Number {
		return true
	}
	if u.Kind != Word {
		return false
	}
	return u.Class&(Det|Pron|Noun|Adj|Num|Quant|Ord) != 0 || u.Shape&Cap != 0
}

func isParticle(ids *known, w ID) bool {
	switch w {
	case ids.out, ids.up, ids.down, ids.off, ids.back, ids.away, ids.over, ids.on, ids.in:
		return true
	}
	return false
}

// openTag tags an open-class word: a noun, verb, adjective or adverb, by
// its classes and the words around it.
func openTag(kw *known, toks []Token, i int) Tag {
	t := &toks[i]
	c := t.Class
	isN, isV, isA, isR := c&Noun != 0, c&Verb != 0, c&Adj != 0, c&Adv != 0
	p, pi := prevTag(toks, i)
	n := nextClass(toks, i)
	nextNoun := n&(Noun|Adj|Num|Ord) != 0 && n&(Verb|function) == 0 || nextIsNameLike(toks, i)
	if !isN && !isV && !isA && !isR {
		return TNoun
	}
	// a word the table does not know, after a determiner or modifier, is
	// a noun whatever its ending: "the Syrian affiliate", "a lone gunman"
	if t.Shape&Guessed != 0 && !nextNoun && t.Class != Adj {
		switch p {
		case TDet, TPossDet, TPoss, TAdj, TNum, TOrd, TQuant:
			return TNoun
		}
	}
	// between a determiner and a name it describes the name: "the lanky
	// Cotton", "the embattled Smith"
	if t.Shape&Guessed != 0 && (p == TDet || p == TPossDet) && nextIsNameLike(toks, i) {
		return TAdj
	}
	// an adjective after a noun, before its preposition, stands alone:
	// "a source close to the couple", "people familiar with the talks"
	// (not a verb's past or participle: "Republicans wanted to know")
	if isA && c&(Past|Part|Pres3|Ing|Title|Person|Group) == 0 && (p == TNoun || p == TName) && pi == i-1 && n&Prep != 0 && n&(Verb|Noun) == 0 {
		return TAdj
	}
	// a relative pronoun is the subject of the verb after it: "which
	// back opposing sides", "who fund his rivals"
	if p == TRel && pi == i-1 && isV && c&(Base|Pres3|Past) != 0 {
		return TVerb
	}
	// one class only
	switch {
	case isN && !isV && !isA && !isR:
		return TNoun
	case isA && !isN && !isV && !isR:
		return TAdj
	case isR && !isN && !isV && !isA:
		return TAdv
	case isV && !isN && !isA && !isR:
		// but a participle between a determiner and its noun modifies
		// it: "a rising star", "the stalled talks"
		if c&(Ing|Part) != 0 && (p == TDet || p == TPossDet || p == TPoss || p == TAdj) && (nextNoun || n&Noun != 0 && n&(Pres3|Past) == 0) {
			return TAdj
		}
		// a verb's base form between a modifier and a noun modifies the
		// noun: "the recent telephone call"; after an article it is a noun:
		// "the clip says"
		if (p == TAdj || p == TDet) && c&Base != 0 && c&Past == 0 && n&Noun != 0 && n&function == 0 || c&(Base|Pres3) != 0 && c&Past == 0 && afterArticle(kw, toks, i, false) ||
			p == TAdj && pi > 0 && c&(Base|Pres3) != 0 && c&Past == 0 && afterArticle(kw, toks, pi, false) {
			return TNoun // also "a huge roar"
		}
		// a possessive determiner is followed by a noun: "his regards"
		if p == TPossDet && pi == i-1 {
			return TNoun
		}
		// a participle between a determiner and a noun: "the flooded town"
		if (p == TDet || p == TPossDet) && c&(Part|Ing) != 0 && n&Noun != 0 && n&function == 0 {
			return TAdj
		}
		return TVerb
	}
	if isV {
		if verbContext(toks, i, p, pi) {
			return TVerb
		}
	}
	// an adverb between an auxiliary and its verb: "could just look",
	// "has only recently said"
	if isR && (p == TModal || p == TAux || p == TTo || p == TNeg) && nextClass(toks, i)&(Verb|Adv) != 0 {
		return TAdv
	}
	// "Nick Bos, of the University of Helsinki, studies ants": a verb form
	// after a comma, in a sentence with no verb yet, is its verb
	if isV && c&(Pres3|Past) != 0 && p == TPunct && toks[i-1].IsMark(',') && !verbBefore(toks, i) && startsWithNoun(toks) {
		return TVerb
	}
	// an adverb that may be an adjective or noun, before a verb or an
	// auxiliary: "officials later said", "Moscow long had wanted",
	// "officials still say"
	if isR && !isV && !isN && n&Verb != 0 && n&(Noun|Adj|function) == 0 && i+1 < len(toks) && toks[i+1].Shape&Cap == 0 ||
		isR && (n&(Aux|Modal) != 0 && n&Poss == 0 || n&Verb != 0 && n&(Past|Pres3) != 0 && n&Noun == 0) {
		return TAdv
	}
	switch p {
	case TDet, TPossDet, TPoss, TNum, TQuant, TOrd, TAdj:
		if isA && nextNoun {
			return TAdj
		}
		if isN {
			return TNoun
		}
		if isA {
			return TAdj
		}
		if isV && c&(Part|Ing|Past) != 0 && nextNoun {
			return TAdj // the backed candidate, a growing rift
		}
		return TNoun
	case TPrep:
		if isV && c&Ing != 0 {
			return TVerb // by saying
		}
		if isA && (nextNoun || !isN) {
			return TAdj
		}
		if isN {
			return TNoun
		}
	case TNoun, TName:
		// a verb agrees with its subject: "officials say", not "the
		// affiliate say"
		// (a name spelt like a plural pronoun is one actor: "US support")
		agrees := c&(Past|Pres3) != 0 || c&Base != 0 && toks[pi].Class&Pl != 0 && toks[pi].Class&Sg == 0 &&
			!(toks[pi].Tag == TName && toks[pi].Class&Pron != 0) && !afterArticle(kw, toks, pi, true)
		if isV && agrees && verbAfterNoun(kw, toks, i) {
			return TVerb
		}
		if isV && c&(Part|Ing) != 0 && c&Noun == 0 {
			return TVerb // the man carrying, the candidate backed by
		}
	case TAux:
		if isA {
			return TAdj
		}
	case TVerb:
		if isA && nextIsNameLike(toks, i) {
			return TAdj // "added little Amy"
		}
		// a particle after its verb: "fired back,", "backed down"
		if pi == i-1 && isParticle(kw, t.ID) && !startsNounGroup(toks, i+1) {
			return TAdv
		}
		// after a verb that is no copula, a word that may be an adverb is
		// one: "explained earlier in the hearing", but "seemed likely"
		if isR && !isN && toks[pi].Class&(Be|Perception) == 0 && toks[pi].Class&Aux == 0 {
			return TAdv
		}
		if isA && !isN {
			return TAdj
		}
		if isR && !isN {
			return TAdv
		}
	}
	switch {
	case isV && c&(Ing|Part) != 0 && !isN && (p == TPunct || p == TNone || p == TConj):
		return TVerb // ", citing", "Speaking to reporters"
	case isV && (p == TPunct || p == TNone || p == TConj) && n&(Det|Pron|Possessive) != 0 && n&Noun == 0 && !nextIsAcronym(toks, i):
		return TVerb
	case isA && nextNoun:
		return TAdj
	case isN:
		return TNoun
	case isA:
		return TAdj
	case isR:
		return TAdv
	}
	return TVerb
}

// verbBefore reports whether a finite verb is tagged before token i.
func verbBefore(toks []Token, i int) bool {
	for j := 0; j < i; j++ {
		if g := toks[j].Tag; g == TVerb || g == TAux || g == TModal {
			return true
		}
	}
	return false
}

// startsWithNoun reports whether the sentence opens with a noun group: a
// name, a noun, a determiner or a pronoun.
func startsWithNoun(toks []Token) bool {
	for j := range toks {
		switch toks[j].Tag {
		case TQuote, TPunct:
			continue
		case TName, TNoun, TDet, TPossDet, TPron, TAdj, TNum, TQuant:
			return true
		}
		return false
	}
	return false
}

// verbContext reports whether a verb form is a verb where it stands: after
// a modal or "to", after an auxiliary it builds with, after a subject
// pronoun or a relative.
func verbContext(toks []Token, i int, p Tag, pi int) bool {
	c := toks[i].Class
	switch p {
	case TModal, TTo:
		return c&Base != 0
	case TAux:
		pc := toks[pi].Class
		switch {
		case pc&Be != 0:
			return c&(Ing|Part) != 0 && !(c&Adj != 0 && c&Noun == 0 && c&Part == 0)
		case pc&Have != 0:
			return c&Part != 0
		case pc&Do != 0:
			return c&Base != 0
		case pc&Modal != 0:
			return c&Base != 0
		}
	case TNeg:
		return c&(Base|Part|Ing) != 0
	case TPron:
		pc := toks[pi].Class
		return pc&Obj == 0 && c&(Pres3|Past|Base) != 0 || pc&Subj != 0
	case TRel, TWh:
		// "who said", "which backs"; and the plain form after a relative
		// whose noun is plural: "Republicans who control the Senate"
		if c&Base != 0 && pi > 0 && toks[pi-1].Class&Pl != 0 && toks[pi].Class&Rel != 0 {
			return true
		}
		return c&(Pres3|Past) != 0
	}
	return false
}

// verbAfterNoun decides a noun-or-verb form after a noun: a verb when what
// follows can be its object, complement or end ("Russia backs the plan",
// "officials said"), a noun when a verb follows ("the election results
// show").
func verbAfterNoun(kw *known, toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return toks[i].Class&(Past|Pres3) != 0
	}
	u := &toks[i+1]
	if !u.IsWord() {
		// a plural noun that is also an -s verb, before a comma, is an
		// item of a list: "leadership targets, training camps, supply lines"
		if u.IsMark(',') && toks[i].Class&(Noun|Pl|Pres3) == Noun|Pl|Pres3 {
			return false
		}
		return toks[i].Class&(Past|Pres3) != 0 || !u.IsMark('.')
	}
	n := u.Class
	switch {
	case n&(Aux|Modal) != 0 && n&Poss == 0, n&Verb != 0 && n&(Noun|Adj|Prep|Adv) == 0:
		return false
	case u.ID == kw.such:
		return false // "extremist groups such as"
	case n&(Det|Pron|Num|Sub|Prep|Adv|Neg) != 0, u.Shape&Cap != 0, u.Kind == Number:
		return true
	}
	return toks[i].Class&Past != 0
}

// shoutedVerb reports whether t is a tensed verb set in capitals for
// stress, as tabloid headlines do ("Star SLAMS ex", "Minister BLASTED"):
// too long for an acronym and no noun.
func shoutedVerb(t *Token) bool {
	c := t.Class
	return t.Shape&AllCaps != 0 && t.Len() >= 5 && c&Verb != 0 && c&(Pres3|Past) != 0 && c&(Noun|Adj) == 0
}

// plainInCaps reports whether a word of classes c written in capitals
// inside running text is still the word, not a name: a common noun written
// as an acronym ("DNA", "GDP", "TV"), or a conjunction or adverb set in
// capitals for stress ("high quality AND comprehensive"). Pronouns, verbs
// and the like stay names there: "US", "IS", "WHO"; and so does a word
// before a name it opens: "SITE Intelligence Group".
func plainInCaps(c Class) bool {
	switch {
	case c&(Pron|Det|Aux|Verb|Prep|Modal) != 0:
		return false
	case c&Noun != 0 && c&(Title|Person|Group|OrgHead|PlaceHead) == 0:
		return true
	}
	return c&(Conj|Sub|Adv) != 0
}
