package text

// link sets the links of the chunks of one sentence: what each preposition
// governs and what it is attached to, possessors, appositions and
// coordination, and each verb group's subject, object, agent and
// complement.
func link(kw *known, toks []Token, cs []Chunk) {
	n := len(cs)
	for k := range cs {
		c := &cs[k]
		switch c.Kind {
		case PG:
			if k+1 < n && cs[k+1].Kind == NG {
				// the object of "from Ali's office" is the office
				o := k + 1
				for o+1 < n && cs[o].Is(FPossessor) && cs[o+1].Kind == NG {
					o++
				}
				c.Of = int32(o)
			}
		case NG:
			if c.Is(FPossessor) && k+1 < n && cs[k+1].Kind == NG {
				c.Of = int32(k + 1)
			}
			if TimeGroup(toks, c) {
				c.Flags |= FTime
			}
		}
	}
	first := len(cs) // the first finite verb
	for k := range cs {
		if cs[k].Kind == VG && cs[k].Flags&FFinite != 0 {
			first = k
			break
		}
	}
	for k := range cs {
		if cs[k].Kind == PG {
			attachPrep(kw, toks, cs, k, first)
		}
	}
	for k := range cs {
		switch cs[k].Kind {
		case NG:
			apposition(kw, toks, cs, k)
			// "Kerry and Lavrov", but not "… a last chance and they were"
			if k+2 < n && cs[k+1].Kind == CG && cs[k+2].Kind == NG && isAndOr(kw, toks, &cs[k+1]) &&
				!(cs[k+2].Is(FPron) && toks[cs[k+2].Head].Class&Subj != 0 && !cs[k].Is(FPron) && !cs[k].Is(FName)) {
				cs[k].Flags |= FCoord
			}
		}
	}
	for k := 0; k < len(cs); {
		if cs[k].Kind == NG && !cs[k].Is(FCoord) {
			k = list(kw, toks, cs, k)
		} else {
			k++
		}
	}
	for k := range cs {
		if cs[k].Kind == VG {
			participle(toks, cs, k)
		}
	}
	for k := range cs {
		if cs[k].Kind == VG {
			verbLinks(kw, toks, cs, k)
		}
	}
	for k := range cs {
		if cs[k].Kind == VG {
			reducedPassive(kw, toks, cs, k)
		}
	}
	// what a verb's complement and shared subjects need: the verbs before
	for k := range cs {
		if cs[k].Kind == VG && cs[k].Subj < 0 {
			inheritSubject(kw, toks, cs, k)
		}
	}
}

func isAndOr(kw *known, toks []Token, c *Chunk) bool {
	w := toks[c.Start].ID
	return w == kw.and || w == kw.or
}

func isMark(toks []Token, c *Chunk, r rune) bool {
	return c.Kind == MG && toks[c.Start].IsMark(r)
}

// attachPrep attaches the object of the preposition at k to the noun group
// before it: always for "of" ("the secretary of state"), and before the
// first verb of the sentence for others ("a spokesman for the campaign
// said", "officials in Washington", "a report by the committee"), where a
// noun is what a preposition modifies.
func attachPrep(kw *known, toks []Token, cs []Chunk, k, firstVerb int) {
	obj := cs[k].Of
	if obj < 0 || k == 0 {
		return
	}
	host := k - 1
	if cs[host].Kind != NG {
		// "critical of", "familiar with": the adjective is a
		// post-modifier of the noun before it: "sources familiar with the
		// talks"
		if cs[host].Kind == AG && host > 0 && cs[host-1].Kind == NG {
			cs[obj].Of = int32(host - 1)
		}
		return
	}
	for host > 0 && cs[host-1].Is(FPossessor) && cs[host-1].Of == int32(host) {
		host-- // "Ali's office"
	}
	w := toks[cs[k].Start].ID
	if w != kw.of {
		// a time after a noun says when its clause happened: "the
		// government on Sunday rejected"
		if TimeGroup(toks, &cs[obj]) {
			return
		}
		switch w {
		case kw.for_, kw.in, kw.at, kw.from, kw.with, kw.on, kw.near, kw.inside, kw.within, kw.behind, kw.close, kw.outside:
		case kw.by: // "a report by the committee found"; not after a time: "passed last year by"
			if TimeGroup(toks, &cs[host]) {
				return
			}
		default:
			return
		}
		// after a verb, a preposition may modify the verb: it modifies
		// the noun when the noun and its modifiers are a subject, before
		// the sentence's first verb or right before a finite verb, or a
		// source after "according to" ("according to researchers at the
		// university")
		source := host > 0 && cs[host-1].Kind == PG && toks[cs[host-1].Start].ID == kw.according
		if k > firstVerb && !beforeFiniteVerb(cs, int(obj)) && !source {
			return
		}
	}
	cs[obj].Of = int32(anchor(cs, host))
}

// hasVerbBefore reports whether a verb group comes before chunk k: an
// opening participle phrase ("Sitting across from him,").
func hasVerbBefore(cs []Chunk, k int) bool {
	for j := 0; j < k; j++ {
		if cs[j].Kind == VG {
			return true
		}
	}
	return false
}

func beforeFirstVerb(cs []Chunk, k int) bool {
	for j := 0; j < k; j++ {
		if cs[j].Kind == VG && cs[j].Flags&FFinite != 0 {
			return false
		}
	}
	return true
}

// beforeFiniteVerb reports whether a finite verb follows noun group j and
// the prepositional phrases after it.
func beforeFiniteVerb(cs []Chunk, j int) bool {
	e := j + 1
	for e < len(cs) && e <= j+lookBack {
		switch {
		case cs[e].Kind == PG || cs[e].Kind == NG || cs[e].Kind == RG:
			e++
			continue
		case cs[e].Kind == VG:
			return cs[e].Flags&FFinite != 0
		}
		return false
	}
	return false
}

// anchor returns the noun group that a chain of post-modifiers starting at
// noun group k hangs from: "the spokesman" for "the spokesman for the
// ministry of defence".
func anchor(cs []Chunk, k int) int {
	for i := 0; i < 8; i++ {
		c := &cs[k]
		if c.Of < 0 || c.Is(FPossessor) || int(c.Of) >= k {
			return k
		}
		k = int(c.Of)
	}
	return k
}

// apposition marks a noun group between commas after another as its
// apposition: "Kerry, the secretary of state, said", "the group's
// spokesman, Abu Firas,".
func apposition(kw *known, toks []Token, cs []Chunk, k int) {
	c := k - 1 // the comma; an adverb may follow it: "the regulator, usually a cautious body,"
	if c > 0 && cs[c].Kind == RG {
		c--
	}
	if c < 1 || !isMark(toks, &cs[c], ',') {
		return
	}
	prev := c - 1
	// a bracketed aside may stand between a name and its apposition: "Rep.
	// Jim Jordan (R-Ohio), an oversight panel member,"
	if prev >= 3 && isMark(toks, &cs[prev], ')') && cs[prev-2].Kind == MG && isMark(toks, &cs[prev-2], '(') {
		prev -= 3
	}
	// the group before the comma may carry post-modifiers
	for prev > 0 && cs[prev].Kind == NG && cs[prev].Of >= 0 && !cs[prev].Is(FPossessor) && !cs[prev].Is(FAppos) && cs[prev-1].Kind == PG {
		prev = int(cs[prev].Of)
	}
	if cs[prev].Kind != NG || cs[prev].Is(FPron) || cs[k].Is(FPron) || cs[prev].Is(FPossessor) {
		return
	}
	if cs[prev].Is(FAppos) {
		prev = int(cs[prev].Of) // a second apposition: "Ana Ruiz, the auditor, a former prosecutor,"
	}
	// the object of an opening prepositional phrase takes no name as an
	// apposition: in "With 50 days until the election, Minyon Moore, a
	// senior adviser, called" the name is the subject
	if cs[k].Is(FName) && prev > 0 && cs[prev-1].Kind == PG && openingPhrase(cs, prev) {
		return
	}
	// the apposition's head: after its possessors ("the county's chief
	// auditor"), whose links to what they own stay
	h := k
	for h+1 < len(cs) && cs[h].Is(FPossessor) && cs[h].Of == int32(h+1) {
		h++
	}
	// what follows must end the apposition: a comma, a dash, a
	// parenthesis, a verb or the end
	e := h + 1
	for e < len(cs) && e <= h+lookBack && (cs[e].Kind == PG || cs[e].Kind == NG && cs[e-1].Kind == PG || cs[e].Kind == NG && cs[e-1].Is(FPossessor)) {
		e++
	}
	// descriptions coordinated: "Ana Ruiz, director of the federation and
	// a former minister,"; but a list is no apposition: "Kerry, Lavrov and
	// Zarif"
	for e+1 < len(cs) && e <= k+lookBack && cs[e].Kind == CG && isAndOr(kw, toks, &cs[e]) && cs[e+1].Kind == NG && !cs[e+1].Is(FName) && !cs[k].Is(FName) {
		e += 2
		for e < len(cs) && e <= k+lookBack && (cs[e].Kind == PG || cs[e].Kind == NG && cs[e-1].Kind == PG || cs[e].Kind == NG && cs[e-1].Is(FPossessor)) {
			e++
		}
	}
	if e < len(cs) && cs[e].Kind == CG || e+1 < len(cs) && isMark(toks, &cs[e], ',') && cs[e+1].Kind == CG {
		return
	}
	if e < len(cs) && !(cs[e].Kind == MG && (isMark(toks, &cs[e], ',') || toks[cs[e].Start].Kind == Dash || isMark(toks, &cs[e], ')') || isMark(toks, &cs[e], '.'))) {
		return
	}
	a, b := &cs[prev], &cs[h]
	// a sentence's opening phrase ends at its comma: "Over the weekend,
	// Puerto Rico's governor," describes no weekend
	if prev >= 1 && cs[prev-1].Kind == PG && cs[prev-1].Of == int32(prev) && prev-1 == 0 {
		return
	}
	// a name is no apposition of a plural common noun: "On most issues,
	// the lanky Cotton, a rising star,"
	if a.Is(FPlural) && !a.Is(FName) && b.Is(FName) && !b.Is(FPlural) {
		return
	}
	// one side names, the other describes; or both name ("the Islamic
	// State, Daesh,"); a description of two plain nouns is not one
	if !a.Is(FName) && !b.Is(FName) && !a.Is(FDef) && !b.Is(FDef) && !cs[k].Is(FDef) &&
		!(toks[cs[k].Start].Tag == TDet && e+1 < len(cs) && isMark(toks, &cs[e], ',') && cs[e+1].Kind == VG && cs[e+1].Is(FFinite)) {
		// (but a description set off by commas before the verb is one:
		// "one victim, a 91-year-old widow, had been")
		return
	}
	b.Flags |= FAppos
	b.Of = int32(prev)
}

// participle marks a past participle that modifies the noun group before
// it as one (FPartic), not a finite verb: after a preposition's object
// ("according to two people briefed on the talks"), or between a subject
// and its verb ("a poll conducted last week found").
func participle(toks []Token, cs []Chunk, k int) {
	v := &cs[k]
	h := &toks[v.Head]
	if v.Head != v.Start || v.Start+1 != v.End && !(v.End-v.Start == 2 && toks[v.End-1].Tag == TAdv) || h.Class&Part == 0 || v.Flags&FFinite == 0 || k == 0 || cs[k-1].Kind != NG || cs[k-1].Is(FPron) {
		return
	}
	// what follows: prepositional phrases, a by-agent, a time
	e := k + 1
	for e < len(cs) && (cs[e].Kind == PG && cs[e].Of > int32(e) || cs[e].Kind == NG && TimeGroup(toks, &cs[e]) || cs[e].Kind == RG) {
		if cs[e].Kind == PG {
			e = int(cs[e].Of) + 1
			for e < len(cs) && cs[e].Kind == NG && cs[e-1].Is(FPossessor) {
				e++
			}
			continue
		}
		e++
	}
	// after a preposition's object, its modifiers closed by a comma or
	// the sentence's end, with the sentence's verb elsewhere: "according
	// to two people briefed on the talks, the mayor …"
	objOfPrep := k >= 2 && cs[k-2].Kind == PG && cs[k-2].Of == int32(k-1) &&
		(e == len(cs) || cs[e].Kind == MG && (isMark(toks, &cs[e], ',') || isMark(toks, &cs[e], '.')))
	if objOfPrep {
		objOfPrep = false
		for j := range cs {
			if j != k && cs[j].Kind == VG && cs[j].Flags&(FFinite|FInf|FIng) == FFinite {
				objOfPrep = true
				break
			}
		}
	}
	// between a subject and its verb, after a time or an adverb, or a
	// preposition for a verb that does not report: "a poll conducted last
	// week found"; "Peskov said in general Russia favoured" is no such
	beforeVerb := e > k+1 && e < len(cs) && cs[e].Kind == VG && cs[e].Flags&(FFinite|FInf|FIng) == FFinite &&
		(h.Class&(Speech|Cognition) == 0 || cs[e-1].Kind != NG || cs[e-1].Is(FTime))
	if !objOfPrep && !beforeVerb {
		return
	}
	v.Flags = v.Flags&^(FFinite|FPast) | FPartic
}

// openingPhrase reports whether chunk k is in the prepositional phrases
// that open a sentence, before any verb.
func openingPhrase(cs []Chunk, k int) bool {
	if cs[0].Kind != PG {
		return false
	}
	for j := 0; j <= k; j++ {
		switch cs[j].Kind {
		case PG, NG, RG:
		default:
			return false
		}
	}
	return true
}

// verbLinks finds the subject, object, agent and complement of the verb
// group at k.
func verbLinks(kw *known, toks []Token, cs []Chunk, k int) {
	v := &cs[k]
	// a participle after a comma shares the main clause's subject, found
	// later: "…, Tulsa, Oklahoma, arguing" is not Tulsa's
	if v.Flags&(FInf) == 0 && v.Subj < 0 && !(v.Is(FIng) && k > 0 && isMark(toks, &cs[k-1], ',')) {
		v.Subj = int32(subjectBefore(toks, cs, k))
	}
	cls := toks[v.Head].Class
	// "The study, published in the Lancet,": a bare form that may be a
	// past or a participle, with no subject, after a noun and a comma, is a
	// participle
	if v.Subj < 0 && v.Head == v.Start && cls&Part != 0 && v.Flags&FFinite != 0 && k >= 2 &&
		isMark(toks, &cs[k-1], ',') && cs[k-2].Kind == NG &&
		!(k+1 < len(cs) && (cs[k+1].Kind == NG || cs[k+1].Kind == SG)) {
		// (with an object or a clause after it, the form is a past:
		// "Kerry, confirmed Obama had found")
		v.Flags = v.Flags&^(FFinite|FPast) | FPartic
	}
	// inversion: "…," said Kerry
	n := k + 1 // "said Tuesday the coach"
	for n+1 < len(cs) && TimeGroup(toks, &cs[n]) {
		n++
	}
	// (at a sentence's start, a time in digits is no subject: "Posted 6:42
	// PM, Oct. 3"; after a quotation, `said 9/11 widow Terry Strada`)
	if v.Subj < 0 && v.Flags&FFinite != 0 && cls&(Speech|Cognition|Publish) != 0 && cls&Evaluation == 0 && n < len(cs) && cs[n].Kind == NG && !TimeGroup(toks, &cs[n]) &&
		(k == 0 && toks[cs[n].Start].Shape&Digit == 0 || k > 0 && cs[k-1].Kind == MG) && !v.Is(FPassive) { // also "Said Ellis: …"
		e := n + 1
		for e < len(cs) && (cs[e].Kind == NG && cs[e].Of >= 0 || cs[e].Kind == PG && cs[e].Of >= 0 || cs[e].Kind == RG ||
			cs[e].Kind == NG && cs[e-1].Kind == PG || cs[e].Kind == NG && cs[e].Is(FTime)) {
			e++ // "said Beth contentedly from her corner"
		}
		// what follows the subject: the end, a mark, a conjunction or a
		// relative clause ("said a homeless man who goes by …")
		if e >= len(cs) || cs[e].Kind == MG || cs[e].Kind == CG || cs[e].Kind == SG && toks[cs[e].Start].Tag == TRel {
			v.Subj = int32(n)
			v.Flags |= FInverted
			return
		}
	}
	j := k + 1
	// adverbs and adverbial times: "said Tuesday that", "told reporters
	// last week"
	for j < len(cs) && (cs[j].Kind == RG || cs[j].Kind == NG && TimeGroup(toks, &cs[j])) {
		j++
	}
	if j >= len(cs) {
		return
	}
	if v.Is(FPassive) {
		// the by-agent: "was endorsed by dozens of papers"
		if cs[j].Kind == PG && toks[cs[j].Start].ID == kw.by && cs[j].Of >= 0 {
			v.Agent = cs[j].Of
			j = int(cs[j].Of) + 1
			if j >= len(cs) {
				return // "was signed by 51 officials"
			}
		}
	}
	reports := cls&(Speech|Cognition|Finding|Perception|Evaluation|Intention) != 0
	if reports && !v.Is(FPassive) && cls&(Speech|Cognition) != 0 && cs[j].Kind == PG {
		if c := clauseAfterAdverbial(toks, cs, j); c >= 0 {
			v.Comp = int32(c) // said in a statement that …; said in general Russia favoured …
			return
		}
	}
	// an -ing form right after the verb is its complement: "avoids
	// condemning", "kept supporting", "started running"
	if j == k+1 && cs[j].Kind == VG && cs[j].Is(FIng) && cls&Be == 0 {
		v.Comp = int32(j)
		return
	}
	switch c := &cs[j]; c.Kind {
	case NG:
		if reports && !v.Is(FPassive) && clauseAt(toks, cs, j) && cls&Telling == 0 && !(cls&Speech == 0 && smallClause(toks, cs, j)) {
			v.Comp = int32(j) // said Russia backed the plan
			return
		}
		if v.Is(FPassive) && cls&Telling == 0 {
			break
		}
		v.Obj = int32(j)
		j = endOfGroup(cs, j)
		for j < len(cs) && (cs[j].Kind == RG || TimeGroup(toks, &cs[j])) {
			j++
		}
		if cls&(Telling|Evaluation) != 0 && j < len(cs) {
			v.Comp = complementAt(kw, toks, cs, j, reports)
		}
		return
	}
	v.Comp = complementAt(kw, toks, cs, j, reports)
	// "Mr. Obama said, a majority of Americans have come to believe …":
	// a verb of saying that opens its sentence reports the clause after
	// its comma
	if v.Comp < 0 && cls&Speech != 0 && isMark(toks, &cs[j], ',') && j+1 < len(cs) && cs[j+1].Kind == NG && clauseAt(toks, cs, j+1) && opensSentence(cs, k) {
		v.Comp = int32(j + 1)
	}
}

// opensSentence reports whether verb group k and its subject open their
// sentence, after conjunctions and adverbs at most.
func opensSentence(cs []Chunk, k int) bool {
	s := int(cs[k].Subj)
	if s < 0 || s > k {
		return false
	}
	for i := 0; i < s; i++ {
		if cs[i].Kind != CG && cs[i].Kind != RG {
			return false
		}
	}
	return true
}

// TimeGroup reports whether noun group c names a time, as an adverbial
// does: "Tuesday", "yesterday", "last week", "this month".
func TimeGroup(toks []Token, c *Chunk) bool {
	if c.Kind != NG {
		return false
	}
	h := toks[c.Head].Class
	// a name that a time word ends is no time: "USA Today", "Good
	// Morning America"
	if f := &toks[c.Start]; c.Head > c.Start && f.Tag == TName && f.Class&(Weekday|TimeWord|Month|TimeUnit|Season) == 0 {
		return false
	}
	if h&(Weekday|TimeWord) != 0 || h&Month != 0 && c.End-c.Start <= 2 && toks[c.Head].Shape&Cap != 0 {
		return true
	}
	if h&(TimeUnit|Season) == 0 || c.Head == c.Start {
		return false
	}
	d := &toks[c.Start]
	return d.Class&Ord != 0 || d.Tag == TDet && d.ID != Core().ID("a") && d.ID != Core().ID("an") && d.ID != Core().ID("the")
}

// clauseAfterAdverbial returns where a reported clause starts after the
// prepositional phrases at j that a verb of saying may take before it:
// after them when "that" or a clause follows ("said in a statement that",
// "said on Tuesday the plan failed"), at them when their last object is
// the subject of a verb that has none ("said in general Russia favoured
// cooperation"); -1 when no clause follows.
func clauseAfterAdverbial(toks []Token, cs []Chunk, j int) int {
	e := j
	for n := 0; e < len(cs) && n < 3 && cs[e].Kind == PG && cs[e].Of == int32(e+1); n++ {
		e += 2
	}
	if e == j || e >= len(cs) {
		return -1
	}
	switch c := &cs[e]; {
	case c.Kind == SG && toks[c.Start].Tag == TSub && Core().Word(toks[c.Start].ID) == "that" && e+1 < len(cs):
		return e + 1
	case c.Kind == NG && clauseAt(toks, cs, e):
		return e
	case c.Kind == VG && c.Flags&(FFinite|FInverted) == FFinite && c.Subj < 0 && !cs[e-1].Is(FTime) && !cs[e-1].Is(FPron):
		c.Subj = int32(e - 1)
		return j
	}
	return -1
}

// smallClause reports whether noun group j and a bare participle after it,
// with no object, read as an object and its state ("found the car
// abandoned near the river") rather than a clause.
func smallClause(toks []Token, cs []Chunk, j int) bool {
	e := endOfGroup(cs, j)
	if e >= len(cs) || cs[e].Kind != VG || cs[e].End-cs[e].Start != 1 {
		return false
	}
	h := &toks[cs[e].Head]
	return h.Class&Part != 0 && (e+1 == len(cs) || cs[e+1].Kind != NG)
}

// endOfGroup returns the chunk after noun group j and the prepositional
// phrases, possessed groups and apposition after it.
func endOfGroup(cs []Chunk, j int) int {
	e := j + 1
	for e < len(cs) && e <= j+lookBack {
		switch {
		case cs[e].Kind == NG && cs[e-1].Is(FPossessor):
			e++
		case cs[e].Kind == PG && e+1 < len(cs) && cs[e+1].Kind == NG:
			e += 2
		case cs[e].Kind == CG && cs[e-1].Is(FCoord) && e+1 < len(cs) && cs[e+1].Kind == NG:
			e += 2 // "subsidies and tariffs"
		case cs[e].Kind == MG && e+1 < len(cs) && cs[e+1].Kind == NG && cs[e+1].Is(FAppos) && int(cs[e+1].Of) >= j && int(cs[e+1].Of) < e:
			// ", a 34-year-old man from Leeds,"
			a := endOfGroup(cs, e+1)
			if a < len(cs) && cs[a].Kind == MG && cs[a].Start > cs[e].Start {
				a++ // the closing comma or dash
			}
			e = a
		default:
			return e
		}
	}
	return e
}

// complementAt returns the first chunk of a complement starting at chunk
// j, or -1: a that-clause, a question, a to-infinitive, a colon or a
// quotation.
func complementAt(kw *known, toks []Token, cs []Chunk, j int, reports bool) int32 {
	if j >= len(cs) {
		return -1
	}
	c := &cs[j]
	switch c.Kind {
	case SG:
		t := &toks[c.Start]
		switch {
		case t.Tag == TSub && t.ID == kw.that:
			if j+1 < len(cs) {
				return int32(j + 1)
			}
		case t.Tag == TWh || t.ID == kw.whether || t.ID == kw.if_ && reports:
			return int32(j)
		}
	case VG:
		// "vowed to keep", "began talking", "denied hiding"
		if c.Is(FInf) || c.Is(FIng) && j > 0 && cs[j-1].Kind == VG {
			return int32(j)
		}
	case NG:
		if reports && clauseAt(toks, cs, j) {
			return int32(j)
		}
	case MG:
		t := &toks[c.Start]
		if t.IsMark(':') || t.Kind == Quote && t.Shape&Open != 0 || t.IsMark(',') && reports && j+1 < len(cs) && cs[j+1].Kind == MG && toks[cs[j+1].Start].Kind == Quote && toks[cs[j+1].Start].Shape&Open != 0 {
			// (a quotation that opens after the comma, not one that ends:
			// `"I will never endorse Mr. Jones," the governor told`)
			return int32(j)
		}
	}
	return -1
}

// clauseAt reports whether a clause starts at noun group j: a finite verb
// follows it and its post-modifiers.
func clauseAt(toks []Token, cs []Chunk, j int) bool {
	e := endOfGroup(cs, j)
	// a coordinated subject: "said Egypt and the Emirates were"
	for n := 0; e+1 < len(cs) && cs[e-1].Is(FCoord) && cs[e].Kind == CG && cs[e+1].Kind == NG && n < 4; n++ {
		e = endOfGroup(cs, e+1)
	}
	// over a relative clause between commas: "said the Emirates, which
	// back the rebels, were"
	if e+2 < len(cs) && isMark(toks, &cs[e], ',') && cs[e+1].Kind == SG && toks[cs[e+1].Start].Tag == TRel {
		for m := e + 2; m < len(cs) && m < e+16; m++ {
			if isMark(toks, &cs[m], ',') {
				e = m + 1
				break
			}
			if cs[m].Kind == MG && !isMark(toks, &cs[m], ',') {
				break
			}
		}
	}
	// over an apposition between commas: "said Bitcoin, the biggest
	// cryptocurrency, is a fraud"
	if e+2 < len(cs) && cs[e].Kind == MG && cs[e+1].Is(FAppos) && int(cs[e+1].Of) >= j && int(cs[e+1].Of) < e {
		e = endOfGroup(cs, e+1)
		if e < len(cs) && cs[e].Kind == MG {
			e++
		}
	}
	// adverbs, and a quotation that opens with the verb: `says Kaine "has`
	for e < len(cs) && (cs[e].Kind == RG || cs[e].Kind == MG && toks[cs[e].Start].Kind == Quote && toks[cs[e].Start].Shape&Open != 0) {
		e++
	}
	return e < len(cs) && cs[e].Kind == VG && cs[e].Flags&FFinite != 0 && cs[e].Flags&FInverted == 0
}

// subjectBefore returns the subject of the verb group at k, looking left
// over adverbs, a parenthesis, an apposition or relative clause between
// commas, and post-modifiers; -1 when there is none.
func subjectBefore(toks []Token, cs []Chunk, k int) int {
	j := k - 1
	for j >= 0 && cs[j].Kind == RG {
		j--
	}
	// a time between the subject and its verb: "the government on Sunday
	// rejected", "the commission Tuesday condemned"
	if j >= 2 && cs[j].Kind == NG && TimeGroup(toks, &cs[j]) && cs[j].Of < 0 && cs[j-1].Kind == PG && cs[j-2].Kind == NG {
		j -= 2
	}
	if j < 0 {
		return -1
	}
	// "Rep. Ann Lee (D-Ohio) said"
	if isMark(toks, &cs[j], ')') {
		for j >= 0 && !isMark(toks, &cs[j], '(') && k-j < 16 {
			j--
		}
		j--
		if j < 0 {
			return -1
		}
	}
	if (isMark(toks, &cs[j], ',') || cs[j].Kind == MG && toks[cs[j].Start].Kind == Dash) && cs[k].Flags&FIng != 0 {
		return -1 // ", accusing them": inheritSubject finds whose participle it is
	}
	if isMark(toks, &cs[j], ',') || cs[j].Kind == MG && toks[cs[j].Start].Kind == Dash {
		// "Kerry, the secretary of state, said"; "Kerry, who met Putin,
		// said"; "Kerry, however, said"
		for i := j - 1; i >= 0 && j-i < 24; i-- {
			c := &cs[i]
			if c.Kind == NG && c.Is(FAppos) && i+1 < len(cs) {
				return int(c.Of)
			}
			if c.Kind == SG && toks[c.Start].Tag == TRel && i > 0 {
				// "Kerry, who met Putin, said"; a relative without the
				// comma before it ends its clause at the comma after:
				// "targeted Muslims who make money, accusing them"
				h := i - 1
				if !isMark(toks, &cs[h], ',') {
					// a description with its own relative clause between
					// commas: "The association, a trade group that
					// represents miners, endorsed"
					if h >= 2 && cs[h].Kind == NG && !cs[h].Is(FName) && !cs[h].Is(FPron) && toks[cs[h].Start].Tag == TDet &&
						isMark(toks, &cs[h-1], ',') && cs[h-2].Kind == NG && !cs[h-2].Is(FPossessor) && !cs[h-2].Is(FPron) && cs[k].Flags&FFinite != 0 {
						return firstConjunct(cs, anchor(cs, h-2))
					}
					// the relative clause of a part's whole: "Ann Lee, one
					// of the parents who sued the district, accused"
					if d := h - 2; d >= 2 && cs[h].Kind == NG && !cs[h].Is(FName) && cs[h-1].Kind == PG && toks[cs[h-1].Start].Class.Has(Prep) &&
						int(cs[h].Of) == d && cs[d].Kind == NG && isMark(toks, &cs[d-1], ',') && cs[d-2].Kind == NG &&
						!cs[d-2].Is(FPossessor) && !cs[d-2].Is(FPron) && cs[k].Flags&FFinite != 0 {
						return firstConjunct(cs, anchor(cs, d-2))
					}
					return -1
				}
				h--
				if h >= 0 && cs[h].Kind == NG {
					return anchor(cs, h)
				}
				return -1
			}
			if isMark(toks, c, ',') {
				// "Sitting across from him, Kerry, confirmed": a noun group
				// alone between commas before the verb is its subject
				if i+2 == j && cs[i+1].Kind == NG && !cs[i+1].Is(FPron) &&
					(i == 0 || cs[i-1].Kind != NG || i >= 2 && cs[i-2].Kind == PG) {
					return i + 1
				}
				// ", however,", ", in turn," between commas: the subject
				// is before
				if parenthetical(toks, cs, i+1, j) && i > 0 {
					h := i - 1
					// "Rep. Randy Forbes (R-Va.), like Coburn, criticized"
					if isMark(toks, &cs[h], ')') {
						for h > 0 && !isMark(toks, &cs[h], '(') && i-h < 16 {
							h--
						}
						h--
					}
					if h >= 0 && cs[h].Kind == NG && !cs[h].Is(FPossessor) {
						return firstConjunct(cs, anchor(cs, h))
					}
				}
				// ", published in the Lancet," between commas: the subject is
				// before
				if i > 0 && cs[i-1].Kind == NG && !cs[i-1].Is(FPossessor) && cs[i+1].Kind == VG && cs[i+1].Flags&(FPartic|FIng) != 0 {
					return firstConjunct(cs, anchor(cs, i-1))
				}
				// a name between an opening phrase's comma and a stray
				// one: "Sitting across from him, Kerry, confirmed"
				if i+2 == j && cs[i+1].Kind == NG && cs[i+1].Is(FName) && beforeFirstVerb(cs, i) && hasVerbBefore(cs, i) {
					return i + 1
				}
				return longApposition(toks, cs, j)
			}
			// descriptions coordinated inside an apposition: "director
			// of the federation and a former minister"
			if c.Kind == CG && i+1 < j && cs[i+1].Kind == NG && !cs[i+1].Is(FName) {
				continue
			}
			if c.Kind == MG || c.Kind == CG {
				return longApposition(toks, cs, j)
			}
		}
		return longApposition(toks, cs, j)
	}
	// "a poll conducted last week found", "a report released by the
	// committee found": the group a participle modifies
	if i := j; cs[j].Kind == NG {
		for i > 0 && (cs[i].Kind == NG && (cs[i].Is(FTime) || cs[i-1].Kind == PG || cs[i-1].Is(FPossessor)) || cs[i].Kind == PG || cs[i].Kind == RG) {
			i--
		}
		if i > 0 && i < j && cs[i].Kind == VG && cs[i].Is(FPartic) && cs[i-1].Kind == NG {
			j = i - 1
		}
	}
	// "Hillary Clinton herself has said": an emphatic reflexive after
	// its noun group
	if cs[j].Is(FPron) && toks[cs[j].Head].Class&Refl != 0 && j > 0 && cs[j-1].Kind == NG && !cs[j-1].Is(FPossessor) {
		j--
	}
	switch c := &cs[j]; c.Kind {
	case SG:
		if toks[c.Start].Tag == TRel && j > 0 {
			h := j - 1
			if isMark(toks, &cs[h], ',') && h > 0 {
				h--
			}
			if cs[h].Kind == NG {
				// "who" means people: not the place a phrase after them
				// names ("families in the South Pacific who fear")
				if toks[c.Start].Class&Pron != 0 && h >= 2 && cs[h-1].Kind == PG && cs[h-2].Kind == NG &&
					toks[cs[h].Head].Class&(Person|Group|Title) == 0 {
					if host := anchor(cs, h-2); toks[cs[host].Head].Class&(Person|Group|Title) != 0 {
						return host
					}
				}
				return anchor(cs, h)
			}
		}
		return -1
	case NG:
		if c.Is(FPossessor) {
			return -1
		}
		if cs[k].Is(FFinite) {
			if s := modifiedSubject(toks, cs, j); s >= 0 {
				return s
			}
		}
		s := j
		for s > 0 && cs[s-1].Is(FPossessor) && cs[s-1].Of == int32(s) {
			s-- // "Ali's office"
		}
		if s > 0 && cs[s-1].Kind == PG {
			// the object of a preposition: the subject if it hangs from a
			// noun ("officials in Washington said"), else none ("In
			// Moscow said"?)
			if c.Of >= 0 && int(c.Of) < j {
				return firstConjunct(cs, anchor(cs, j))
			}
			// an -ing form after a noun and its phrase modifies the noun:
			// "commercials in New York criticizing"
			if cs[k].Is(FIng) && !c.Is(FName) && !c.Is(FPron) {
				return j // "replacing it with softer language calling for"
			}
			if cs[k].Is(FIng) && s > 1 && cs[s-2].Kind == NG && !cs[s-2].Is(FPossessor) {
				return firstConjunct(cs, anchor(cs, s-2))
			}
			return -1
		}
		if c.Is(FAppos) && c.Of >= 0 {
			return firstConjunct(cs, int(c.Of))
		}
		// the object of a relative clause with no commas is no subject of
		// the verb after it: "Republicans who control the Senate are
		// refusing" (the subject is the relative's noun)
		if s >= 3 && cs[s-1].Kind == VG && cs[s-2].Kind == SG && toks[cs[s-2].Start].Tag == TRel && cs[s-3].Kind == NG &&
			!cs[s-3].Is(FPossessor) {
			return firstConjunct(cs, anchor(cs, s-3))
		}
		// a possessed group: its possessor is part of it
		return firstConjunct(cs, j)
	}
	return -1
}

// longApposition returns the subject of a verb after the comma at j when
// a description too long to read as one apposition stands between them:
// the name that opens the clause, right before a comma, with no finite
// verb of its own clause after it ("Leonard Burman, director of the
// center and a professor at the school, said"; "President Obama,
// dedicating the museum on Saturday, said"); -1 when there is none.
func longApposition(toks []Token, cs []Chunk, j int) int {
	if j < 2 {
		return -1
	}
	// the earliest name that opens the clause: at the sentence's start,
	// after a quotation or a dash, or after a comma that closes an opening
	// phrase ("With 50 days to go, Minyon Moore, a senior adviser, called")
	found := -1
	rel := false
	for s := j - 2; s >= 0 && j-s < 40; s-- {
		c := &cs[s]
		if c.Kind == SG {
			rel = true // a relative clause's verbs are its own
		}
		if c.Kind == VG && c.Flags&(FFinite|FInverted) == FFinite && !rel {
			break
		}
		if c.Kind != NG || !c.Is(FName) && toks[c.Head].Class&(Title|Person|Group) == 0 || c.Is(FPossessor) || Owner(cs, s) >= 0 {
			continue
		}
		_, e := Phrase(cs, s) // "Officials at Homeland Security, a division of …, said"
		if e < j && isMark(toks, &cs[e], '(') {
			for e < j && !isMark(toks, &cs[e], ')') {
				e++ // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
			}
			e++
		}
		if e >= j || !isMark(toks, &cs[e], ',') {
			continue
		}
		if s == 0 || cs[s-1].Kind == MG && (toks[cs[s-1].Start].Kind == Quote || toks[cs[s-1].Start].Kind == Dash || isMark(toks, &cs[s-1], ',')) {
			found = s
		}
	}
	return found
}

// modifiedSubject returns the noun a chain of -ing phrases before noun
// group j modifies, which is then the subject of the verb after j, or -1:
// "Americans living in households making $100,000 have abandoned".
func modifiedSubject(toks []Token, cs []Chunk, j int) int {
	found := -1
	for i := j - 1; i >= 0 && i >= j-lookBack; i-- {
		switch c := &cs[i]; c.Kind {
		case NG, PG, RG, CG:
		case VG:
			if !c.Is(FIng) || c.Subj < 0 || int(c.Subj) >= i || c.Start == 0 {
				return found
			}
			found = int(c.Subj)
		case MG:
			// a currency sign is part of an amount: "making $100,000"
			if r := toks[c.Start].Rune(); r != '$' && r != '€' && r != '£' && r != '%' {
				return found
			}
		default:
			return found
		}
	}
	return found
}

// parenthetical reports whether chunks [s, e) are an aside between
// commas: an adverb, a prepositional phrase or a participle's phrase
// ("however", "in turn", "for his part", "regarded as a hawk").
func parenthetical(toks []Token, cs []Chunk, s, e int) bool {
	if s >= e {
		return false
	}
	// an adverb, a preposition, or a participle: ", regarded as a hawk,"
	participle := cs[s].Kind == VG && cs[s].Start == cs[s].Head && toks[cs[s].Head].Class&(Part|Ing) != 0
	if cs[s].Kind != RG && cs[s].Kind != PG && !participle {
		return false
	}
	for k := s + 1; k < e; k++ {
		switch cs[k].Kind {
		case RG, PG, NG:
		default:
			return false
		}
	}
	return true
}

// firstConjunct returns the first of coordinated noun groups ending at j:
// "Kerry and Lavrov", "Russia, Iran and Syria".
func firstConjunct(cs []Chunk, j int) int {
	for {
		switch {
		case j >= 2 && (cs[j-1].Kind == CG || cs[j-1].Kind == MG) && cs[j-2].Kind == NG && cs[j-2].Is(FCoord):
			j -= 2
		case j >= 3 && cs[j-1].Kind == CG && cs[j-2].Kind == MG && cs[j-3].Kind == NG && cs[j-3].Is(FCoord):
			j -= 3
		default:
			return j
		}
	}
}

// list marks the noun groups of a list that starts at noun group k as
// coordinated: "Russia, Iran and Syria". Each item is one noun group; the
// last two are joined by "and" or "or", which link marks already. The
// object of a preposition that opens the sentence is no item: "In Paris,
// Lee and Kim met". It returns the chunk to look for a list from next:
// one that starts inside a list that failed would fail where it did.
func list(kw *known, toks []Token, cs []Chunk, k int) int {
	if k == 1 && cs[0].Kind == PG || cs[k].Is(FPossessor) || cs[k].Is(FPron) {
		return k + 1
	}
	e := k
	for e+2 < len(cs) && isMark(toks, &cs[e+1], ',') {
		if e > k && e+3 < len(cs) && cs[e+2].Kind == CG && isAndOr(kw, toks, &cs[e+2]) && cs[e+3].Kind == NG {
			e++ // "Russia, Iran, and Syria": the last comma
			break
		}
		if cs[e+2].Kind != NG || cs[e+2].Is(FPossessor) || cs[e+2].Is(FPron) {
			return max(k+1, e)
		}
		e += 2
		if cs[e].Is(FCoord) {
			break
		}
	}
	if e == k || !cs[e].Is(FCoord) && !isMark(toks, &cs[e], ',') {
		return max(k+1, e)
	}
	for i := k; i <= e; i += 2 {
		cs[i].Flags |= FCoord
	}
	return e + 1
}

// inRelative reports whether verb group k opens a relative clause: "the
// raid that killed", "the man who said".
func inRelative(toks []Token, cs []Chunk, k int) bool {
	j := k - 1
	for j >= 0 && cs[j].Kind == RG {
		j--
	}
	return j >= 0 && cs[j].Kind == SG && toks[cs[j].Start].Tag == TRel
}

// mainSubject returns the subject of the main clause before chunk k: of
// the first finite verb with a subject that no subordinator opens, after
// any quotation (`"…," Putin said, conveying`); -1 when there is none.
func mainSubject(toks []Token, cs []Chunk, k int) int {
	from := 0
	for i := k - 1; i >= 0; i-- {
		if cs[i].Kind == MG && toks[cs[i].Start].Kind == Quote {
			from = i + 1
			break
		}
	}
	for i := from; i < k; i++ {
		c := &cs[i]
		if c.Kind == VG && c.Subj >= 0 && c.Flags&FFinite != 0 && !(c.Subj > 0 && cs[c.Subj-1].Kind == SG) {
			return int(c.Subj)
		}
	}
	return -1
}

// infinitiveSubject returns the subject of a to-infinitive that is no
// verb's complement, or -1: the possessor of the noun before it ("Russia's
// efforts to undermine", or the noun group itself for a possessive
// determiner: "our plan to repeal"); the object of a verb of wanting,
// expecting or asking ("wants Russia to back", "called on Trump to
// stop"); else the subject of the verb before it, whose purpose or
// adjective it completes ("met Putin to offer him", "is likely to blame").
func infinitiveSubject(toks []Token, cs []Chunk, k int) int {
	if p := k - 1; p >= 0 && cs[p].Kind == NG && !cs[p].Is(FPossessor) && !verbObject(cs, p) {
		if o := Owner(cs, p); o >= 0 {
			return o
		}
		if toks[cs[p].Start].Tag == TPossDet {
			return p
		}
	}
	adj := false
	for g := k - 1; g >= 0 && g >= k-lookBack; g-- {
		switch cs[g].Kind {
		case NG, PG, RG:
		case AG:
			adj = true
		case MG:
			if toks[cs[g].Start].Kind != Quote {
				return -1 // a quotation mark may open a partial quote: `was "ready to punish`
			}
		case VG:
			if cls := toks[cs[g].Head].Class; !adj && cls&(Control|Intention|Cognition) != 0 {
				o := g + 1
				for o < k && cs[o].Kind == RG {
					o++
				}
				if o+1 < k && cs[o].Kind == PG {
					o++
				}
				if o < k && cs[o].Kind == NG {
					return anchorOf(cs, o)
				}
			}
			return int(cs[g].Subj)
		default:
			return -1
		}
	}
	return -1
}

// anchorOf returns the noun group that noun group o stands for when a
// possessor: the group it owns.
func anchorOf(cs []Chunk, o int) int {
	for o+1 < len(cs) && cs[o].Is(FPossessor) && cs[o].Of == int32(o+1) {
		o++
	}
	return o
}

// verbObject reports whether noun group p is the object of a verb.
func verbObject(cs []Chunk, p int) bool {
	s := p
	for o := Owner(cs, s); o >= 0; o = Owner(cs, s) {
		s = o
	}
	for g := s - 1; g >= 0 && g >= s-2; g-- {
		if cs[g].Kind == VG && (cs[g].Obj == int32(s) || cs[g].Obj == int32(p)) {
			return true
		}
	}
	return false
}

// adverbialSubject returns the subject of an -ing form after a
// preposition or subordinator, or of one that opens the sentence, or -1:
// the object of the verb before "of" or "for" ("accused Clinton of lying",
// "praised Lee for backing"); else the subject of the clause, before
// ("Russia has wanted it since intervening") or after a comma ("Expressing
// support, Trump said", "After meeting Putin, Kerry said").
func adverbialSubject(kw *known, toks []Token, cs []Chunk, k int) int {
	if p := k - 1; p > 0 && cs[p].Kind == PG {
		if w := toks[cs[p].Start].ID; (w == kw.of || w == kw.for_) && cs[p-1].Kind == NG {
			n := p - 1
			for o := Owner(cs, n); o >= 0; o = Owner(cs, n) {
				n = o
			}
			if verbObject(cs, n) {
				return anchorOf(cs, n)
			}
		}
	}
	for g := k - 1; g >= 0 && g >= k-lookBack; g-- {
		if cs[g].Kind == VG && cs[g].Subj >= 0 && cs[g].Flags&FFinite != 0 {
			return int(cs[g].Subj)
		}
	}
	for g := k + 1; g < len(cs) && g <= k+lookBack; g++ {
		if isMark(toks, &cs[g], ',') {
			for h := g + 1; h < len(cs) && h <= g+8; h++ {
				if cs[h].Kind == VG && cs[h].Subj >= 0 && cs[h].Flags&FFinite != 0 {
					return int(cs[h].Subj)
				}
			}
			return -1
		}
	}
	return -1
}

// reducedPassive reads a past participle with a by-agent after its noun
// as a passive, not a past tense: "the candidate backed by the unions
// won", "the plan, backed by Moscow, failed". The finite verb after it
// takes the noun as its subject.
func reducedPassive(kw *known, toks []Token, cs []Chunk, k int) {
	v := &cs[k]
	if !v.Is(FFinite|FPast) && !v.Is(FPartic) || v.Start != v.Head || toks[v.Head].Class&Part == 0 || k+1 >= len(cs) {
		return
	}
	// a participle coordinated with a passive shares its auxiliary:
	// "is backed by business leaders but opposed by many Brazilians"
	if k >= 2 && cs[k-1].Kind == CG && cs[k-2].Kind != VG {
		for p := k - 2; p >= 0 && p >= k-8; p-- {
			if cs[p].Kind == VG {
				if cs[p].Is(FPassive) {
					v.Flags = v.Flags&^(FFinite|FPast) | FPassive | cs[p].Flags&(FFinite|FPast)
					v.Subj, v.Obj = cs[p].Subj, -1
					if cs[k+1].Kind == PG && toks[cs[k+1].Start].ID == kw.by && cs[k+1].Of >= 0 {
						v.Agent = cs[k+1].Of
					}
				}
				return
			}
		}
	}
	b := k + 1
	if cs[b].Kind == RG && b+1 < len(cs) {
		b++ // "criticized strongly by"
	}
	by := &cs[b]
	if by.Kind != PG || toks[by.Start].ID != kw.by || by.Of < 0 {
		return
	}
	comma := k > 0 && isMark(toks, &cs[k-1], ',')
	n := k - 1
	if comma {
		n--
	}
	if n < 0 || cs[n].Kind != NG {
		return
	}
	e := endOfGroup(cs, int(by.Of))
	if comma && e < len(cs) && isMark(toks, &cs[e], ',') {
		e++
	}
	// a finite verb follows, whose subject the noun is; or the noun is no
	// subject at all, but an apposition or an object: "a family, the
	// Khans, criticized by McCain and", "met the man backed by"
	finite := e < len(cs) && cs[e].Kind == VG && cs[e].Flags&FFinite != 0
	if !finite && !cs[n].Is(FAppos) && !(n > 0 && (cs[n-1].Kind == PG || cs[n-1].Kind == VG)) {
		return
	}
	subj := n
	if !cs[n].Is(FAppos) {
		subj = firstConjunct(cs, anchor(cs, n))
	}
	v.Flags = v.Flags&^(FFinite|FPast) | FPartic
	v.Subj, v.Agent, v.Obj = int32(subj), by.Of, -1
	if finite {
		cs[e].Subj = int32(subj)
	}
}

// coordinatedIng reports whether an -ing verb group comes before the
// conjunction at chunk c in its clause: "refusing to back Hart but
// endorsing Cole".
func coordinatedIng(toks []Token, cs []Chunk, c int) bool {
	for i := c - 1; i >= 0 && i >= c-8; i-- {
		switch cs[i].Kind {
		case VG:
			// "refusing ... but endorsing", "are not only refusing ...
			// but also endorsing"
			if toks[cs[i].Head].Class&Ing != 0 && cs[i].Subj >= 0 {
				return true
			}
		case SG, MG:
			return false
		}
	}
	return false
}

// lookBack bounds how many chunks a link is sought across: the clauses
// of one sentence are near one another, and a sentence of any length is
// linked in linear time.
const lookBack = 32

// inheritSubject gives a verb group with no subject of its own the
// subject it shares: the second verb of "Kerry arrived and said", the
// participle of "officials downplayed it, saying", the infinitive of
// "Russia vowed to back Assad" (or of "urged Russia to back", the object).
func inheritSubject(kw *known, toks []Token, cs []Chunk, k int) {
	v := &cs[k]
	// the verb group this one is the complement of
	for i := k - 1; i >= 0 && i >= k-lookBack; i-- {
		if cs[i].Kind == VG && cs[i].Comp == int32(k) {
			g := &cs[i]
			if g.Obj >= 0 && toks[g.Head].Class&Telling != 0 {
				v.Subj = g.Obj
			} else {
				v.Subj = g.Subj
			}
			return
		}
	}
	switch {
	case v.Is(FInf):
		v.Subj = int32(infinitiveSubject(toks, cs, k))
		return
	case v.Is(FIng) && (k == 0 || cs[k-1].Kind == PG || cs[k-1].Kind == SG):
		v.Subj = int32(adverbialSubject(kw, toks, cs, k))
		return
	}
	if k == 0 {
		return
	}
	prev := k - 1
	// adverbs, and adjectives used as ones: ", not just refusing"
	for prev >= 0 && (cs[prev].Kind == RG || cs[prev].Kind == AG && v.Flags&FIng != 0) {
		prev--
	}
	if prev < 0 {
		return
	}
	// "The study, published in the Lancet,": a participle after a noun
	// and a comma is said of the noun
	if isMark(toks, &cs[prev], ',') && v.Flags&(FIng|FPartic) != 0 && prev > 0 && cs[prev-1].Kind == NG {
		finite := false
		for i := prev - 1; i >= 0; i-- {
			finite = finite || cs[i].Kind == VG && cs[i].Flags&FFinite != 0
		}
		if !finite || v.Flags&FPartic != 0 {
			v.Subj = int32(anchor(cs, prev-1))
			return
		}
	}
	// "…, saying", "…, but stressed": the main clause's subject, not a
	// subordinate or reported clause's ("the mayor was defensive when
	// forced to explain, saying"; "officials said the trip was over, but
	// stressed")
	if isMark(toks, &cs[prev], ',') && v.Flags&FIng != 0 || cs[prev].Kind == CG && prev > 0 && isMark(toks, &cs[prev-1], ',') && v.Flags&FFinite != 0 {
		if s := mainSubject(toks, cs, prev); s >= 0 {
			v.Subj = int32(s)
			return
		}
	}
	shared := cs[prev].Kind == CG && (isAndOr(kw, toks, &cs[prev]) || toks[cs[prev].Start].ID == kw.but) && v.Flags&FFinite != 0 ||
		cs[prev].Kind == CG && v.Flags&FIng != 0 && coordinatedIng(toks, cs, prev) ||
		isMark(toks, &cs[prev], ',') && v.Flags&(FIng|FFinite) != 0 ||
		cs[prev].Kind == CG && prev > 0 && isMark(toks, &cs[prev-1], ',')
	if !shared {
		return
	}
	for i := prev - 1; i >= 0 && i >= prev-lookBack; i-- {
		if cs[i].Kind == VG && cs[i].Subj >= 0 && cs[i].Flags&(FFinite) != 0 && !embedded(toks, cs, i, cs[prev].Kind == CG) {
			v.Subj = cs[i].Subj
			// a verb of saying after what another reports says it too:
			// "the coach said the team was tired and added that …"
			if toks[v.Head].Class&Speech != 0 {
				for g := i - 1; g >= 0; g-- {
					if c := &cs[g]; c.Kind == VG && c.Subj >= 0 && toks[c.Head].Class&Speech != 0 &&
						(c.Comp == cs[i].Subj || c.Comp == int32(i) || c.Comp >= 0 && c.Comp+1 == cs[i].Subj && cs[c.Comp].Kind == SG) {
						v.Subj = c.Subj
						break
					}
				}
			}
			return
		}
		if cs[i].Kind == SG && toks[cs[i].Start].Tag != TRel {
			return
		}
	}
}

// embedded reports whether verb group i heads a relative clause, or, when
// complements count, the complement of an earlier verb: "make" in
// "targeted Muslims who make money, accusing them", "the trip was" in
// "careful to say the trip was not a last chance, but stressed": the
// verb after "but" or a comma shares the subject of the clause it is
// coordinated with.
func embedded(toks []Token, cs []Chunk, i int, complements bool) bool {
	// a relative clause: "Muslims who make money"
	if s := int(cs[i].Subj); s >= 0 && s < i {
		for j := s + 1; j < i && j <= s+lookBack; j++ {
			if cs[j].Kind == SG && toks[cs[j].Start].Tag == TRel {
				return true
			}
		}
	}
	for g := i - 1; complements && g >= 0 && g >= i-lookBack; g-- {
		if c := cs[g].Comp; cs[g].Kind == VG && c >= 0 && (c == int32(i) || c == cs[i].Subj && cs[i].Subj > int32(g)) {
			return true
		}
	}
	return false
}
