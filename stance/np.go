package stance

import (
	"strings"
	"sync"
)

// nominal suffixes of lower-case nouns that can head a target phrase.
var nounSuffixes = []string{"tion", "sion", "ment", "ism", "ity", "ness", "ship", "ance", "ence", "cy", "ure"}

// nounWords are common lower-case heads of news targets.
var nounWords = " policy policies plan plans approach proposal proposals deal deals pact agreement bid decision leadership role actions action strategy program programme offer budget tariffs tariff bill law reform reforms efforts effort move moves talks stance position record views comments remarks statement speech tweets handling presidency candidacy nomination cooperation war campaign ban rules ruling regime leader qualities report reports claims plan's team news accord accords treaty office summit vote election embargo merger takeover league tour "

// adjSuffixes mark lower-case adjectives inside noun phrases.
var adjSuffixes = []string{"est", "al", "ic", "ive", "ous", "ary", "ian", "ese", "ish", "ist", "ern", "ful", "less", "ible", "able"}

const funcFlags = fDet | fPron | fPossPron | fBe | fAux | fModal | fNeg | fPrep | fConj | fSub | fSpeech

// isName reports whether token i is a capitalised content word.
func (e *extraction) isName(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].name
}

// isNameTok is the rule isName caches in the tokens: whether t, token i
// of its sentence in src, is a capitalised content word. lt is the tag of
// its text lower-cased, table the index its id is from, and notNames
// notNames().
func isNameTok(t *tok, i int, table *wordIndex, notNames *notNameTable, src string, lt uint64) bool {
	if !t.cap || !t.word {
		return false
	}
	low := ""
	if t.id != 0 {
		low = table.keys[t.id-1]
	} else if t.e-t.s == 1 && src[t.s]|0x20 == 'i' {
		low = "i"
	}
	if t.f&(funcFlags|fAdv) != 0 && len(low) > 1 || low == "i" {
		return low == "us" && src[t.s:t.e] == "US" || low == "may" && i > 0 || low == "general" // "General Mattis"
	}
	if w := notNames.find(lt); w != nil && len(w.low) == t.e-t.s && equalLowerASCII(src[t.s:t.e], w.low) {
		return !w.date && (w.low[0] == 'm' || w.low[0] == 'd')
	}
	return true
}

// A notName is a capitalised word that names nothing, unless it is a
// title: a day or month, or one of a few adverbs.
type notName struct {
	low  string
	date bool
}

// A notNameTable is a hash table of notNames by the tags of their texts,
// looked up in a few nanoseconds: every capitalised word is.
type notNameTable struct {
	tags  [64]uint64 // open addressing, linear probing; 0 is empty
	words [64]notName
}

// notNames holds the notNames.
var notNames = sync.OnceValue(func() *notNameTable {
	x := new(notNameTable)
	add := func(words string, date bool) {
		for _, w := range strings.Fields(words) {
			i := notNameSlot(tag(w))
			for x.tags[i] != 0 {
				i = (i + 1) % len(x.tags)
			}
			x.tags[i], x.words[i] = tag(w), notName{w, date}
		}
	}
	add("monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december", true)
	add("however meanwhile instead indeed moreover then later earlier today yesterday here there last next mr mrs ms dr mr. mrs. ms. dr.", false)
	return x
})

func notNameSlot(t uint64) int { return int((t * 0x9E3779B97F4A7C15) >> 58) }

// find returns the notName whose text has the tag t, or nil. Words of
// eight bytes or more share a tag with longer ones: compare their texts.
func (x *notNameTable) find(t uint64) *notName {
	for i := notNameSlot(t); x.tags[i] != 0; i = (i + 1) % len(x.tags) {
		if x.tags[i] == t {
			return &x.words[i]
		}
	}
	return nil
}

func (e *extraction) isGroup(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].f&fGroup != 0 && !e.toks[i].cap
}

func (e *extraction) isTitle(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].f&fTitle != 0 && !e.toks[i].cap
}

func (e *extraction) isAdj(i int) bool {
	if i < 0 || i >= len(e.toks) {
		return false
	}
	t := &e.toks[i]
	if !t.word || t.cap || t.f&(funcFlags|fAdv) != 0 && t.f&fAdj == 0 {
		return false
	}
	if t.f&fAdj != 0 {
		return true
	}
	low := e.low(i)
	for _, s := range adjSuffixes {
		if len(low) > len(s)+2 && strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

func (e *extraction) isNoun(i int) bool {
	if i < 0 || i >= len(e.toks) {
		return false
	}
	t := &e.toks[i]
	if !t.word || t.cap || t.f&funcFlags != 0 {
		return false
	}
	if t.f&(fGroup|fNoun) != 0 {
		return true
	}
	low := e.low(i)
	for _, s := range nounSuffixes {
		if len(low) > len(s)+2 && strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

func (e *extraction) isPron(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].f&fPron != 0 && e.src[e.toks[i].s:e.toks[i].e] != "US"
}

func (e *extraction) isDet(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].f&(fDet|fPossPron) != 0 && e.low(i) != "that" && !e.isName(i)
}

// npLeft returns the noun phrase that ends with token end.
func (e *extraction) npLeft(end int) slot {
	if end < 0 || end >= len(e.toks) {
		return slot{}
	}
	if e.isPron(end) {
		return slot{end, end, true}
	}
	head := e.isName(end) || e.isGroup(end) || e.isNoun(end) ||
		e.toks[end].word && e.toks[end].f&funcFlags == 0 && !e.toks[end].cap && (e.isDet(end-1) || e.isName(end-1))
	if !head {
		return slot{}
	}
	lo := end
	for k := end - 1; k >= 0 && end-k < 12; k-- {
		switch {
		case e.toks[k].poss && k > 0 && (e.isName(k-1) || e.isNoun(k-1) || e.isGroup(k-1) || e.isDet(k-2) && e.toks[k-1].word && e.toks[k-1].f&funcFlags == 0):
			lo = k
		case e.isTitle(k) && e.isName(k+1):
			lo = k
		case e.isName(k) || e.isGroup(k) || e.isAdj(k) || e.isNoun(k) || e.toks[k].word && e.low(k)[0] >= '0' && e.low(k)[0] <= '9':
			lo = k
		case e.toks[k].word && !e.toks[k].cap && e.toks[k].f&(funcFlags|fAdv) == 0 && !e.isLy(k) && !strings.HasSuffix(e.low(k), "ed") && e.isDet(k-1):
			lo = k
		case e.isDet(k):
			lo = k
			if k > 0 && e.low(k-1) == "of" && e.tokFlags(k-2)&fDet != 0 {
				continue
			}
			return slot{lo, end, true}
		case e.low(k) == "of" && k > 0 && (e.tokFlags(k-1)&fDet != 0 || e.isGroup(k-1)) && (e.isName(k+1) || e.isDet(k+1) || e.isGroup(k+1)):
			lo = k
		case (e.low(k) == "and" || e.low(k) == "&") && e.isName(k-1) && e.isName(k+1),
			isParticle(e.low(k)) && e.isName(k-1) && e.isName(k+1):
			lo = k
		default:
			return slot{lo, end, true}
		}
	}
	return slot{lo, end, true}
}

// npRight returns the noun phrase that starts at token start and ends
// before token limit.
func (e *extraction) npRight(start, limit int) slot {
	limit = min(limit, len(e.toks))
	if start < 0 || start >= limit {
		return slot{}
	}
	if e.isPron(start) {
		return slot{start, start, true}
	}
	i := start
	if e.isDet(i) {
		i++
	}
	hi, lowerHead, capRun, prevAdj := -1, false, false, i > start
	for ; i < limit && i-start < 10; i++ {
		switch {
		case e.isName(i) && !lowerHead:
			hi, capRun, prevAdj = i, true, false
		case isParticle(e.low(i)) && hi == i-1 && capRun && e.isName(i+1):
		case e.toks[i].word && e.low(i)[0] >= '0' && e.low(i)[0] <= '9':
			hi = i
		case e.toks[i].poss && hi == i-1:
			hi, lowerHead = i, false
		case e.low(i) == "of" && hi == i-1 && i+1 < limit && (e.isName(i+1) || e.isDet(i+1) || e.isGroup(i+1)):
			lowerHead, prevAdj = false, true
			if e.isDet(i + 1) {
				i++
			}
		case (e.low(i) == "and" || e.low(i) == "&" || e.low(i) == ",") && capRun && hi == i-1 && i+1 < limit && e.isName(i+1):
		case (e.isGroup(i) || e.isTitle(i)) && i+1 < limit && e.isName(i+1):
			hi, prevAdj, lowerHead = i, false, false // a title before a name: "envoy John Kerry", "fellow Democrat Ann Lee"
		case e.isGroup(i) || e.isNoun(i):
			hi, lowerHead, capRun, prevAdj = i, true, false, false
		case e.isAdj(i):
			hi, capRun, prevAdj = i, false, true
		case e.toks[i].word && !e.toks[i].cap && e.toks[i].f&(funcFlags|fAdv) == 0 && !e.isLy(i) && (hi < 0 || prevAdj) && !strings.HasSuffix(e.low(i), "ed"):
			hi, lowerHead, prevAdj = i, true, false
		case hi == i-1 && lowerHead && e.compoundEnd(i, limit) >= i:
			// a compound: "the old franchise model", "tax cheats"
			hi = e.compoundEnd(i, limit)
			i = hi
		default:
			goto done
		}
	}
done:
	if hi < 0 {
		return slot{}
	}
	for hi > start && e.toks[hi].poss {
		hi--
	}
	return slot{start, hi, true}
}

// subject finds the subject of the verb group that ends before token j:
// it skips auxiliaries, adverbs and negation left of the cue, notes
// negation, refusal and modality in m, and takes the noun phrase before.
func (e *extraction) subject(j int, m *match) slot {
	i := j
	for i >= 0 && i < len(e.toks) && i > j-1 {
		i--
	}
	for i >= 0 {
		t, low := &e.toks[i], e.low(i)
		switch {
		case t.f&fNeg != 0:
			m.neg = true
		case t.f&fModal != 0 && t.f&fAux == 0 || low == "would":
			switch low {
			case "would", "could", "might", "may", "'d":
				m.hyp = true
			}
		case t.f&(fBe|fAux) != 0 || e.skippable(i) && !e.isName(i) || t.f&fQuote != 0:
		case low == "to":
			if i > 0 && e.toks[i-1].f&(fControl|fRefuse) != 0 {
				if e.toks[i-1].f&fRefuse != 0 {
					m.neg = true
				}
				i--
				break
			}
			if i >= 2 && e.toks[i-1].word && !e.toks[i-1].cap && e.toks[i-1].f&funcFlags == 0 {
				// "our efforts to go after", "Russia's bid to court": the possessor
				if e.toks[i-2].f&fPossPron != 0 {
					return slot{i - 2, i - 2, true}
				}
				if e.toks[i-2].poss {
					return e.npLeft(i - 3)
				}
			}
			return e.clauseSubject(i)
		case t.f&fRefuse != 0:
		case isTimeWord(low) || t.word && low[0] >= '0' && low[0] <= '9' ||
			(low == "on" || low == "in" || low == "last" || low == "this" || low == "earlier" || low == "later") && isTimeWord(e.low(min(i+1, len(e.toks)-1))):
		case low == "or" || low == "and":
			// "convince or strong-arm": a coordinated verb
			if i > 0 && j < len(e.toks) && e.toks[i-1].word && !e.toks[i-1].cap && e.toks[i-1].f&funcFlags == 0 && !e.isNoun(i-1) && sameEnding(e.low(i-1), e.low(j)) {
				i--
				break
			}
			if low == "and" && i > 0 && e.toks[i-1].word && !e.isLy(i-1) && !strings.HasSuffix(e.low(j), "ing") {
				// "condemned the strike and blasted Japan": the first verb's subject
				return e.clauseSubject(i)
			}
			return slot{}
		case low == "but" && i > 0 && e.toks[i-1].word:
			return e.clauseSubject(i)
		default:
			goto found
		}
		i--
	}
	return slot{}
found:
	t, low := &e.toks[i], e.low(i)
	ing := j < len(e.toks) && strings.HasSuffix(e.low(j), "ing")
	if low == "who" || low == "which" || low == "that" {
		i--
		if i >= 0 && e.low(i) == "," {
			i--
		}
		return e.author(e.npLeft(i))
	}
	if low == "," && i > 0 {
		if ing {
			// a participle clause: "China blasted Japan, accusing it of":
			// the subject of the clause it hangs on
			return e.clauseSubject(i)
		}
		return e.appositive(i)
	}
	if ing && (low == "for" || low == "of") {
		// "praised Lee for backing", "accused Kerry of attacking": the object
		// before the preposition does it
		k := i - 1
		for k >= 0 && !e.toks[k].word && e.low(k) != "," {
			k-- // "Sen. Ted Cruz (R-Texas) for attacking"
		}
		if sl := e.npLeft(k); sl.ok && (e.isName(sl.hi) || e.isGroup(sl.hi) || e.isPron(sl.hi)) {
			return sl
		}
		return slot{}
	}
	if t.f&fSub != 0 && t.f&fDet == 0 {
		return e.clauseSubject(i)
	}
	sl := e.npLeft(i)
	if sl.ok && ing && i == j-1 && sl.lo > 0 && e.toks[sl.lo-1].f&fPrep != 0 {
		return e.clauseSubject(sl.lo - 1) // "commercials in New York criticizing": the clause's subject
	}
	return e.author(sl)
}

// appositive finds the subject before an appositive or parenthetical that
// ends with the comma at token i: "Graham, a onetime hopeful, has not
// endorsed", "Lee, who chairs the panel, praised", "The campaign,
// meanwhile, blasted".
func (e *extraction) appositive(i int) slot {
	for c := i - 1; c > 0 && c >= i-30; c-- {
		switch e.low(c) {
		case ",":
			if e.isName(c-1) || e.isGroup(c-1) || e.isTitle(c-1) {
				return e.npLeft(c - 1)
			}
			return slot{}
		case ";", ":", "(", ")":
			return slot{}
		}
		if e.toks[c].f&fQuote != 0 || e.toks[c].f&fSpeech != 0 {
			return slot{}
		}
	}
	return slot{}
}

// author returns, for a holder that is a document ("a statement", "a
// lawsuit", "a reply that"), the subject of the verb that issued it ("X
// released a statement criticizing Y"); any other holder is returned as is.
func (e *extraction) author(sl slot) slot {
	if !sl.ok || e.tokFlags(sl.hi)&fDoc == 0 || e.toks[sl.hi].cap {
		return sl
	}
	v := sl.lo - 1
	if v < 0 || !e.toks[v].word || e.toks[v].cap || e.toks[v].f&(funcFlags&^fSpeech) != 0 || e.isNoun(v) {
		return sl
	}
	var m match
	if sub := e.subject(v, &m); sub.ok {
		return sub
	}
	return sl
}

// clauseSubject returns the first noun phrase of the clause around token i.
func (e *extraction) clauseSubject(i int) slot {
	k := i
	for ; k >= 0 && k > i-maxAntecedent; k-- {
		t, low := &e.toks[k], e.low(k)
		if low == ";" || low == ":" || t.f&fSpeech != 0 || low == "that" && !e.isNoun(k+1) {
			break
		}
	}
	k++
	if k < i && e.tokFlags(k)&fPrep != 0 {
		for c := k; c < i; c++ {
			if e.low(c) == "," {
				k = c + 1
				break
			}
		}
	}
	for k < i && (e.tokFlags(k)&(fConj|fAdv) != 0 || e.low(k) == ",") {
		k++
	}
	return e.npRight(k, i)
}

// prepSubject finds the holder of a prepositional cue ("working with Russia
// against Nusra", "intervening on Assad's behalf"): the subject of the verb
// the preposition hangs on.
func (e *extraction) prepSubject(i int, m *match) slot {
	for k := i; k >= 0 && i-k < 10; k-- {
		t := e.toks[k]
		if !t.word || t.f&fSpeech != 0 {
			return slot{}
		}
		if t.cap || t.f&(funcFlags|fAdv) != 0 || e.isNoun(k) || e.isAdj(k) {
			continue
		}
		return e.subject(k, m)
	}
	return slot{}
}

// nominalHolder finds the holder of a nominal cue with no possessor:
// "US criticism of", "criticism of Y by X", or the subject of a light verb
// ("voiced support for").
func (e *extraction) nominalHolder(i int, m *match) slot {
	k := i
	for k >= 0 && (e.isAdj(k) || e.isDet(k) && e.toks[k].f&fPossPron == 0) {
		k--
	}
	if k >= 0 && e.isName(k) && k == i {
		return e.npLeft(k)
	}
	for b := m.cueHi + 1; b < len(e.toks) && b <= m.cueHi+10; b++ {
		if e.low(b) == "by" {
			if sl := e.npRight(b+1, len(e.toks)); sl.ok {
				return sl
			}
		}
		if !e.toks[b].word && e.low(b) != "-" {
			break
		}
	}
	if k >= 0 && e.toks[k].word && !e.toks[k].cap && e.toks[k].f&(fPrep|fSub|fConj) == 0 && !isStopVerb(e.low(k)) {
		return e.subject(k, m)
	}
	return slot{}
}

// descriptionHolder is the holder of a cue that names it ("critics of US
// policy", "Assad's chief backer"): the subject it is predicated of, an
// appositive name after it, or the phrase itself.
func (e *extraction) descriptionHolder(m match) slot {
	lo := m.cueLo
	if m.target.ok && m.target.lo < lo {
		lo = m.target.hi + 2
	}
	for n := 0; lo > 0 && n < 4 && (e.isAdj(lo-1) || e.isDet(lo-1) && m.target.hi != lo-2 ||
		e.toks[lo-1].word && !e.toks[lo-1].cap && e.toks[lo-1].f&funcFlags == 0); n++ {
		lo--
	}
	if m.target.ok && m.target.lo < m.cueLo {
		lo = m.target.lo // "one of President Lee's staunchest allies": before the possessor
		if e.isDet(lo - 1) {
			lo--
		}
	}
	if lo >= 2 && e.low(lo-1) == "of" && (e.low(lo-2) == "one" || e.low(lo-2) == "some" || e.low(lo-2) == "many") {
		lo -= 2 // "one of Y's allies"
	} else if lo >= 1 && e.low(lo-1) == "among" {
		lo--
	}
	if lo > 0 && e.tokFlags(lo-1)&fBe != 0 {
		var mm match
		if sl := e.subject(lo-1, &mm); sl.ok {
			return sl
		}
	}
	if lo > 1 && e.low(lo-1) == "as" && !e.toks[lo-2].cap && e.toks[lo-2].word && e.toks[lo-2].f&funcFlags == 0 {
		var mm match
		if sl := e.subject(lo-2, &mm); sl.ok {
			return sl // "has emerged as one of Y's allies"
		}
	}
	if lo > 1 && e.low(lo-1) == "," && (e.isName(lo-2) || e.isGroup(lo-2)) {
		return e.npLeft(lo - 2) // an appositive: "Maria Diaz, a longtime ally of the mayor,"
	}
	after := m.cueHi + 1
	if m.target.ok && m.target.hi >= after {
		after = m.target.hi + 1
	}
	if after < len(e.toks) && e.isName(after) && !m.target.ok {
		return e.npRight(after, len(e.toks))
	}
	anchor := m.cueLo
	if m.target.ok && m.target.lo < m.cueLo {
		anchor = m.cueLo
		for anchor < m.cueHi && !e.toks[anchor].word {
			anchor++
		}
	}
	if lo > anchor {
		lo = anchor
	}
	return slot{lo, m.cueLo + (m.cueHi-m.cueLo)*0, true}
}

func isParticle(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "de", "la", "van", "von", "der", "da", "di", "du", "le", "of", "al-":
		return true
	}
	return false
}

func sameEnding(a, b string) bool {
	for _, suf := range []string{"ing", "ed", "s"} {
		if strings.HasSuffix(b, suf) {
			return strings.HasSuffix(a, suf)
		}
	}
	return !strings.HasSuffix(a, "ing") && !strings.HasSuffix(a, "ed")
}

func isTimeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
		"today", "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "recently":
		return true
	}
	return false
}

// isStopVerb reports whether w ends what the noun after it names: the
// subject of "halting attacks on" or "ended its support for" does not hold
// that stance.
func isStopVerb(w string) bool {
	for _, v := range [...]string{"halt", "stop", "end", "cease", "suspend", "drop", "abandon", "withdraw", "prevent", "condemn", "denounce", "reject", "deny", "dismiss", "report", "describe", "investigate", "survive", "escape", "fear"} {
		if strings.HasPrefix(w, v) && len(w)-len(v) <= 3 {
			return true
		}
	}
	return false
}

// isPastVerb reports whether w looks like a verb in the past tense: a
// regular "-ed" or a common irregular form.
func isPastVerb(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "said", "spoke", "went", "came", "took", "made", "won", "lost", "met", "told", "gave", "got", "saw", "left", "fell", "rose", "held", "ran", "led", "began", "wrote", "sent", "kept", "set", "put", "cut", "hit", "let", "felt", "found", "thought", "brought", "bought", "fought", "sought", "stood", "struck", "paid", "sold", "grew", "knew", "drew", "threw", "became", "broke", "chose", "froze", "stole", "swore", "tore", "wore", "woke", "shot", "meant", "built", "spent", "lent", "bent", "beat", "hid", "bit", "slid":
		return true
	}
	return false
}

// compoundEnd returns the last token of a run of plain lower-case words
// from i (at most three) that ends a noun phrase: before punctuation, the
// end, or a preposition, conjunction or auxiliary; -1 if there is none.
func (e *extraction) compoundEnd(i, limit int) int {
	plain := func(k int) bool {
		t := &e.toks[k]
		return t.word && !t.cap && t.f&(funcFlags|fAdv) == 0 && !e.isLy(k) && !isPastVerb(e.low(k))
	}
	r := i - 1
	for r+1 < limit && r+1-i < 3 && plain(r+1) {
		r++
	}
	if r < i {
		return -1
	}
	if r+1 < len(e.toks) && e.toks[r+1].word && e.tokFlags(r+1)&(fPrep|fConj|fSub|fModal|fAux|fBe) == 0 {
		return -1
	}
	return r
}
