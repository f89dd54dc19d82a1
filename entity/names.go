package entity

import (
	"github.com/newsmodel/newsmodel/internal/text"
)

// A noun group holds names, the titles and affiliations written before
// them, and perhaps a description after them: "Russian President Vladimir
// Putin", "Kremlin spokesperson Dmitry Peskov", "pessimistic US officials",
// "the Obama administration". nounGroup reads one from left to right.

// nounGroup reads noun group k of s.
func (p *Pass) nounGroup(s *text.Sentence, k int, sf recFlag) {
	c := &s.Chunks[k]
	toks := s.Toks
	b, e := int(c.Start), int(c.End)
	for e > b && (toks[e-1].Tag == text.TPoss || toks[e-1].Kind == text.Apos) {
		e-- // a possessive "'s" is no part of a name
	}
	if c.Is(text.FPron) {
		p.ngRec[k] = p.pronoun(s, k, b, sf)
		return
	}
	if p.workTitle(s, k) {
		return
	}
	p.compounds(s, k, sf)
	if toks[b].Tag == text.TPossDet {
		p.pronoun(s, k, b, sf) // "his" of "his wife"
	}
	aff := int32(-1) // the last name or people named so far: what a title after it belongs to
	pre := b         // the first word not yet read
	first := len(p.recs)
	from := b // where the words of the group start, its determiner aside
	for from < e-1 && (toks[from].Tag == text.TDet || toks[from].Tag == text.TPossDet) {
		from++
	}
	principal := int32(-1)
	for i := b; i < e; {
		a, z := p.nameRun(toks, i, e)
		if a < 0 {
			break
		}
		a, z = p.widen(toks, pre, a, z, e)
		// "our Nation", "his Majesty": a common noun capitalised for
		// respect after a possessive is no name
		if z-a == 1 && toks[a].ID != 0 && toks[a].Class&text.Noun != 0 && a > b && toks[a-1].Tag == text.TPossDet {
			i = z
			continue
		}
		if a > b+1 && (toks[a-1].Tag == text.TNoun || toks[a-1].Tag == text.TAdj) && toks[b].Tag == text.TPossDet && words().isWork(text.Core().Entry(toks[a-1].ID).Lemma) {
			i = z // "her novel Beloved": a work's title
			continue
		}
		if p.adjectiveOnly(toks, a, z, c) {
			i = z // "Western diplomats", "Islamic militants": an adjective, not a name
			continue
		}
		t := p.titleBefore(s, pre, a, aff, sf)
		t.from = toks[from].Start + 1
		r := p.splitRun(s, k, a, z, t, sf)
		if r >= 0 {
			principal, aff = r, r
		}
		i, pre = z, z
	}
	if principal >= 0 && !p.headAfter(toks, c, pre) {
		r := &p.recs[principal]
		r.flags |= recFlag(p.role[k])
		switch v := p.verbOf[k]; {
		case r.flags&fSpeaker != 0:
			r.cues |= cueSpeaker // "Jackson said"
		case r.flags&fSubject != 0 && v >= 0 && s.Toks[s.Chunks[v].Head].Class&text.Be == 0 && r.read.kn.place == placeCity &&
			r.read.kn.population < 100_000 && r.read.gaz == 0:
			r.cues |= cueActs // "Davis was blocking the bill": a small town acts seldom
		}
		p.ngRec[k] = principal
		return
	}
	// no name heads the group: a description, perhaps of someone a name
	// before it employs ("a State Department spokeswoman")
	end := int(c.Head)
	if c.Head >= 0 && s.Toks[c.Head].Class&text.Demonym != 0 {
		end = e // "the Russians": the head is the people
	}
	aff, after := p.demonymsBefore(s, pre, end, aff, sf)
	if d := p.description(s, k, max(b, pre, after), e, aff, sf); d >= 0 {
		p.recs[d].flags |= recFlag(p.role[k])
		if first < int(d) {
			p.recs[d].phrase[0] = min(p.recs[d].phrase[0], p.recs[first].start) // "United Nations human rights officials"
		}
		p.ngRec[k] = d
	}
}

// widen extends the run of name words [a, z), within tokens [pre, e) of
// its group, over capitalised words the tagger reads as common ones, where
// the longer name is a place the tables know ("NEW YORK" in a headline in
// capitals, "Russian Federation"), and over a demonym before a name headed
// by an organisation's word ("Indonesian Navy", "Canadian Press").
func (p *Pass) widen(toks []text.Token, pre, a, z, e int) (int, int) {
	capital := func(i int) bool {
		return toks[i].Kind == text.Word && toks[i].Shape&(text.Cap|text.AllCaps) != 0 && !p.skip[i]
	}
	// the sentence's first word may be read as a verb: "United Nations
	// officials said"
	if a > 0 && (a > pre || toks[a-1].Shape&text.First != 0 && a-1 < pre) && capital(a-1) {
		if end, r, ok := p.knownAt(toks, a-1, e); ok && end >= z && (r.gaz > 0 || p.placeOf(&r) != placeUnknown) {
			return a - 1, end
		}
		if toks[a-1].Class&text.Demonym != 0 && p.headCue(toks, a, z)&(cueOrgHead|cueOrgSuffix) != 0 {
			return a - 1, z
		}
	}
	if z < e && capital(z) && toks[z].Tag != text.TName {
		if end, r, ok := p.knownAt(toks, a, e); ok && end > z && (r.gaz > 0 || p.placeOf(&r) != placeUnknown) {
			return a, end
		}
	}
	return a, z
}

// adjectiveOnly reports whether the run [a, z) is capitalised adjectives
// the tables do not know as a name, before the head noun of group c:
// "Western diplomats", "Islamic militants".
func (p *Pass) adjectiveOnly(toks []text.Token, a, z int, c *text.Chunk) bool {
	if int(c.Head) < z || toks[c.Head].Tag != text.TNoun {
		return false
	}
	for i := a; i < z; i++ {
		if cl := toks[i].Class; toks[i].ID == 0 || cl&text.Adj == 0 || cl&text.Noun != 0 {
			return false
		}
	}
	r, _ := p.read(toks, a, z)
	return !r.strong()
}

// headAfter reports whether noun group c's head is a noun after token
// pre: a description follows the names ("US officials").
func (p *Pass) headAfter(toks []text.Token, c *text.Chunk, pre int) bool {
	h := int(c.Head)
	return h >= pre && toks[h].Tag == text.TNoun
}

// workTitle reports whether noun group k, a name, is the title of a work
// after the noun that says what it is, or a title listed after one: "the
// TV series Supernatural", "the films New York Minute and House of Wax".
// A work is no actor.
func (p *Pass) workTitle(s *text.Sentence, k int) bool {
	cs := s.Chunks
	for n := 0; k > 0 && cs[k].Is(text.FName) && n < 8; n++ {
		prev := &cs[k-1]
		if prev.Kind == text.NG && prev.End == cs[k].Start && !prev.Is(text.FName) {
			return p.workNoun(s.Toks, prev)
		}
		// the next title of a list: after "and" or a comma, a name
		if k < 2 || prev.Kind != text.CG && !(prev.Kind == text.MG && s.Toks[prev.Start].IsMark(',')) || cs[k-2].Kind != text.NG {
			return false
		}
		k -= 2
	}
	return false
}

// workNoun reports whether noun group g is a determiner, perhaps
// modifiers, and a noun of works: "the TV series", "the 1999 film", "her
// novel", "the television series"; not a verb read as a noun ("show
// Africa", "the band play").
func (p *Pass) workNoun(toks []text.Token, g *text.Chunk) bool {
	h := int(g.Head)
	if !words().isWork(g.Lemma) || h == int(g.Start) {
		return false
	}
	if d := toks[g.Start].Tag; d != text.TDet && d != text.TPossDet {
		return false
	}
	// after a common noun, one that may be a verb may be a misread verb
	b := &toks[h-1]
	return !(b.Tag == text.TNoun && b.Shape&text.Lower != 0 && toks[h].Class&text.Verb != 0)
}

// nameRun returns the next run of name words in tokens [i, e): names,
// with the particles and the "of", "for", "the" and "&" between them that
// the chunker kept in one group ("Bank of England", "Osama bin Laden",
// "Committee for the Promotion of Virtue"). It returns -1 when there is
// none.
func (p *Pass) nameRun(toks []text.Token, i, e int) (int, int) {
	w := words()
	for ; i < e; i++ {
		if p.nameWord(&toks[i]) && !p.skip[i] {
			break
		}
		// a capitalised title before a name: "Secretary of State Hillary
		// Clinton" at a sentence's start, where "Secretary" reads as a noun
		if t := &toks[i]; t.Tag == text.TNoun && t.Shape&text.Cap != 0 && t.Class&(text.Title|text.Honorific) != 0 &&
			t.Class&text.Pl == 0 && i+1 < e && (p.nameWord(&toks[i+1]) || p.connector(&toks[i+1])) {
			break
		}
		if w.isParticle(toks[i].ID) && i+1 < e && toks[i+1].Tag == text.TName {
			break // "al Qaeda"
		}
	}
	if i >= e {
		return -1, -1
	}
	j := i + 1
	for j < e && j-i < maxRun {
		t := &toks[j]
		if p.nameWord(t) && !p.skip[j] && t.Shape&text.First == 0 {
			j++
			continue
		}
		// a number word inside a name: "Banc One Corp.", "Formula One"
		if t.Kind == text.Word && t.Shape&text.Cap != 0 && t.Class&text.Num != 0 && t.Tag == text.TNum {
			j++
			continue
		}
		// a possessive inside a noun group is inside a name, as the text
		// layer reads it: "St Mary's Hospital", "King's College"
		if t.Tag == text.TPoss && j+1 < e && p.nameWord(&toks[j+1]) {
			j += 2
			continue
		}
		// a connector is inside the run when a name word follows it
		if p.connector(t) {
			k := j + 1
			for k < e && k-j < 3 && p.connector(&toks[k]) {
				k++
			}
			if k < e && p.nameWord(&toks[k]) {
				j = k + 1
				continue
			}
		}
		break
	}
	return i, j
}

// maxRun is the most words a name can have; a longer run of capitals is
// cut, which keeps reading linear.
const maxRun = 12

// nameWord reports whether t is a word of a name: a word the tagger reads
// as a name, not a compound of a name and a word ("Seattle-based"), which
// compounds reads.
func (p *Pass) nameWord(t *text.Token) bool {
	return t.Tag == text.TName && t.Kind == text.Word && p.compoundCut(t) == 0
}

// connector reports whether t joins two name words into one name: "of",
// "for", "the", "and" after them ("Bank of England"), a particle ("bin",
// "von der"), "&".
func (p *Pass) connector(t *text.Token) bool {
	w := words()
	switch {
	case t.Kind == text.Punct && t.IsMark('&'):
		return true
	case t.Kind != text.Word || t.Shape&text.Cap != 0 && t.Tag != text.TName:
		return false
	}
	return t.ID == w.of || t.ID == w.for_ || t.ID == w.the || w.isParticle(t.ID)
}

// A titleInfo is the title phrase written before a name.
type titleInfo struct {
	span   [2]int32 // the title words: "Foreign Minister"; zero for none
	aff    int32    // the record of what the title belongs to: "Russian", "Kremlin"; -1
	gender gender
	cue    cue   // cueTitle, cueHonorific, or a person noun's cueApposPerson
	from   int32 // 1 + where the words before the name start ("Michigan Gov." of "Michigan Gov. Rick Snyder"); 0 for none
}

// titleBefore reads the words of a noun group between the last name read
// (or its start, pre) and a name at token a: "spokesperson" of "Kremlin
// spokesperson Dmitry Peskov", "top US envoy", "Russian". Demonyms among
// them are mentions of their countries; the last one, or the name before,
// is the title's affiliation.
func (p *Pass) titleBefore(s *text.Sentence, pre, a int, aff int32, sf recFlag) titleInfo {
	aff, _ = p.demonymsBefore(s, pre, a, aff, sf)
	t := titleInfo{aff: aff}
	toks := s.Toks
	head := -1
	for i := a - 1; i >= pre; i-- {
		c := toks[i].Class
		// (a plural names a body, not one person's title: "league
		// leaders Castleford City", "fellow strugglers Leeds")
		if toks[i].Tag == text.TNoun && c&(text.Title|text.Person) != 0 && !(c&text.Pl != 0 && c&text.Sg == 0) {
			head = i
			break
		}
		if toks[i].Tag == text.TNoun || toks[i].Tag == text.TName {
			break
		}
	}
	if head < 0 {
		return t // a title in the run may follow: "Russian President Vladimir Putin"
	}
	t.gender = genderOf(toks[head].Class)
	if toks[head].Class&text.Title == 0 {
		t.cue, t.aff = cueApposPerson, -1 // "team member Rodaba Noori": a person, no title
		return t
	}
	t.cue = cueTitle
	t.span = p.titleSpan(toks, pre, head+1)
	return t
}

// titleSpan returns the title words of tokens [pre, end), which end with
// a title noun: the longest phrase the knowledge tables know as a title
// ("foreign minister", "deputy prime minister"), else the noun itself,
// never the modifiers that only rank it ("top", "senior", "former").
func (p *Pass) titleSpan(toks []text.Token, pre, end int) [2]int32 {
	best := end - 1
	for i := end - 2; i >= pre; i-- {
		if toks[i].Kind != text.Word || toks[i].Class&text.Demonym != 0 {
			break
		}
		if _, ok := lookupAgentKey(string(p.key(toks, i, end))); ok {
			best = i
		}
	}
	return [2]int32{toks[best].Start, toks[end-1].End}
}

// lookupAgentKey reports whether key is the noun of a title or role.
func lookupAgentKey(key string) (agent, bool) { return lookupAgent(key) }

// genderOf returns the gender a title, honorific or noun gives.
func genderOf(c text.Class) gender {
	switch {
	case c&text.Female != 0:
		return female
	case c&text.Male != 0:
		return male
	}
	return 0
}

// demonymsBefore adds the demonyms among tokens [pre, end) as mentions of
// their countries ("Russian" of "Russian officials") and returns the
// record of the last, or aff when there is none, and the token after it.
func (p *Pass) demonymsBefore(s *text.Sentence, pre, end int, aff int32, sf recFlag) (int32, int) {
	toks := s.Toks
	after := pre
	for i := pre; i < end && i < len(toks); i++ {
		t := &toks[i]
		if t.Class&text.Demonym == 0 || t.Shape&(text.Cap|text.AllCaps) == 0 || p.skip[i] {
			continue
		}
		if r, ok := p.read(toks, i, i+1); ok {
			d := p.add(s, i, i+1, rDemonym, sf)
			p.recs[d].read = r
			if t.Class&text.Pl != 0 {
				p.recs[d].flags |= fPlural
			}
			aff, after = d, i+1
		}
	}
	return aff, after
}

// splitRun reads the run of name words [a, z) of noun group k, with the
// title t written before it, as one name or as a name the title words in
// it describe: "US Secretary of State John Kerry" is the United States, a
// title and John Kerry; "New York Times" and "Bank of England" are one
// name. It returns the record of the last name.
func (p *Pass) splitRun(s *text.Sentence, k, a, z int, t titleInfo, sf recFlag) int32 {
	toks := s.Toks
	// a possessive that lost its apostrophe: "Syrias Bashar al-Assad",
	// "Russias backing"
	if cut := p.lostApostrophe(toks, a, z); cut > 0 {
		rec := record{start: toks[a].Start, end: cut, sent: int32(s.Index), tok: int32(a), kind: rName, flags: sf | fPossessor,
			aff: -1, link: -1, ent: -1}
		rec.read, _ = p.readText(p.src[rec.start:rec.end], upperText(p.src[rec.start:rec.end]))
		if p.quoted[a] {
			rec.flags |= fQuoted
		}
		p.recs = append(p.recs, rec)
		last := int32(len(p.recs) - 1)
		if a+1 == z {
			return last
		}
		t.aff = last
		a++
	}
	// a run the tables know whole, or whose last word heads names, is one
	// name, unless the tables know it as a title and a name ("President
	// Putin") or as names joined by hyphens ("US-Russia")
	r, ok := p.read(toks, a, z)
	if !ok && z-a > 1 && words().isEvent(&toks[z-1]) {
		// an event, an award or a document is no actor; the names that
		// open its name are: "Vietnam War", "Pulitzer Prize", "Cannes Film
		// Festival", "the Mueller Report"
		m := a
		for m < z && (toks[m].ID == 0 || toks[m].Class&(text.Noun|text.Adj|text.Num|text.Ord) == 0) {
			m++
		}
		if m == a || m == z {
			return -1
		}
		return p.splitRun(s, k, a, m, t, sf)
	}
	if z-a == 1 && toks[a].Shape&text.Hyphen != 0 && (!ok || r.gaz == 0 && p.placeOf(&r) == placeUnknown) {
		if r := p.hyphenNames(s, a, sf); r >= 0 {
			return r
		}
	}
	if ok && (r.gaz > 0 || !r.kn.actorAlias || p.titleWords(toks, a, z) == a) || p.headCue(toks, a, z) != 0 {
		return p.addName(s, k, a, z, t, sf)
	}
	i := a
	// a capitalised modifier before a known name is none of it: "Top US
	// envoy"
	for i+1 < z && toks[i].ID != 0 && toks[i].Class&text.Adj != 0 && toks[i].Class&text.Title == 0 {
		if f, m := p.givenName(toks, i); f+m >= 100 {
			break // "Rose Kennedy"
		}
		if _, _, ok := p.knownAt(toks, i+1, z); !ok {
			break // before a title it may be the title's: "Foreign Minister"
		}
		i++
	}
	if i > a {
		t.cue |= cueTitle
	}
	// a known name before title words is what the title belongs to
	if e, _, ok := p.knownAt(toks, i, z); ok && e < z {
		if te := p.titleWords(toks, e, z); te > e && te < z {
			t.aff = p.addName(s, k, i, e, titleInfo{aff: t.aff}, sf)
			i = e
		}
	}
	if te := p.titleWords(toks, i, z); te > i && te < z {
		c := toks[te-1].Class
		t.gender = max(t.gender, genderOf(c))
		t.cue |= cueTitle
		if c&text.Honorific != 0 && c&text.Title == 0 {
			t.cue = t.cue&^cueTitle | cueHonorific
		} else {
			t.span = p.titleSpan(toks, i, te)
			if hasHonorific(toks, i, te) {
				t.cue |= cueHonorific
			}
		}
		i = te
	}
	for i < z && p.connector(&toks[i]) {
		i++ // "Best Actress for Viva Maria": the name is "Viva Maria"
	}
	for z > i+1 && toks[z-1].Class&(text.Weekday|text.Month) != 0 {
		z-- // "told CNBC Friday"
	}
	for i+1 < z && toks[i].Class&(text.Weekday|text.Month) != 0 {
		i++ // "From January to June Comelf exported"
	}
	if z-i == 1 && toks[i].Class&text.OrgSuffix != 0 {
		return -1 // a company's suffix alone
	}
	return p.addName(s, k, i, z, t, sf)
}

// hasHonorific reports whether tokens [i, j) hold an honorific.
func hasHonorific(toks []text.Token, i, j int) bool {
	for ; i < j; i++ {
		if toks[i].Class&text.Honorific != 0 {
			return true
		}
	}
	return false
}

// titleWords returns the end of the title words that open tokens [i, e):
// known words ending with a title noun or honorific ("President", "Foreign
// Minister", "Mr.", "Secretary of State", "Sen.", "District Judge"), i
// when there are none. A word that heads organisations or places ends them
// unless a title follows it: "Major League Baseball" has no title.
func (p *Pass) titleWords(toks []text.Token, i, e int) int {
	w := words()
	end := i
	for j := i; j < e; j++ {
		t := &toks[j]
		c := t.Class
		switch {
		case t.ID == 0 || t.Kind != text.Word:
			return end
		case c&(text.OrgHead|text.PlaceHead) != 0 && c&text.Title == 0 && (j+1 >= e || toks[j+1].Class&text.Title == 0):
			return end // "Major League Baseball"; but "District Judge", "State Senator"
		case c&(text.Title|text.Honorific) != 0:
			if j+1 < e && toks[j+1].Tag == text.TPoss {
				return end // a title's possessive inside a name: "King's College"
			}
			end = j + 1
			// "Secretary of State", "Minister of Defence"
			if j+2 < e && toks[j+1].ID == w.of && toks[j+2].ID != 0 && toks[j+2].Class&text.Demonym == 0 {
				end = j + 3
				j += 2
			}
		case c&(text.Noun|text.Adj) == 0:
			return end
		}
	}
	return end
}

// addName adds a name mention of tokens [a, z) of noun group k, with the
// title before it.
func (p *Pass) addName(s *text.Sentence, k, a, z int, t titleInfo, sf recFlag) int32 {
	if a >= z {
		return -1
	}
	toks := s.Toks
	r, _ := p.read(toks, a, z)
	kind := rName
	if r.gform == FormDemonym || r.gaz == 0 && r.kn.placeForm >= placeByDemonym && r.kn.place != placeUnknown {
		kind = rDemonym
	}
	i := p.add(s, a, z, kind, sf)
	rec := &p.recs[i]
	rec.read = r
	rec.title, rec.gender = t.span, t.gender
	if t.span[1] > 0 {
		rec.aff = t.aff // what a title belongs to
		// the name with its title from the name it belongs to, how the
		// report names him: "Michigan Gov. Rick Snyder"
		if a := t.aff; a >= 0 && int(a) < len(p.recs) && p.recs[a].sent == rec.sent && t.from > 0 && t.from-1 <= p.recs[a].start {
			rec.phrase = [2]int32{p.recs[a].start, rec.end}
		}
	}
	rec.cues |= t.cue | p.nameCues(s, k, a, z)
	if r.strong() || r.kn.place != placeUnknown && z-a > 1 {
		rec.cues &^= cueOrgHead | cuePlaceHead | cueTeamPlural // the tables know better: "West Bank"
	}
	if allCaps(toks, a, z) {
		rec.flags |= fCaps
	}
	if toks[a].Shape&text.First != 0 || a > 0 && startsClause(&toks[a-1]) {
		rec.flags |= fOpener
	}
	if z-a == 1 {
		rec.flags |= fSurname
	}
	if calendar(toks, a, z) {
		rec.flags |= fCalendar
	}
	if rec.gender == 0 && z-a >= 2 {
		rec.gender = p.givenGender(toks, a)
	}
	return i
}

// startsClause reports whether a capital after t says nothing: an opening
// quote, a colon, a dash.
func startsClause(t *text.Token) bool {
	switch t.Kind {
	case text.Quote:
		return t.Shape&text.Open != 0
	case text.Dash:
		return true
	}
	return t.IsMark(':') || t.IsMark('(')
}

// givenGender returns the sex a given name at token i says, when nine in
// ten of its births are of one sex.
func (p *Pass) givenGender(toks []text.Token, i int) gender {
	f, m := p.givenName(toks, i)
	switch {
	case f+m < 100:
		return 0
	case f >= 9*m:
		return female
	case m >= 9*f:
		return male
	}
	return 0
}

// compoundCut returns where the name ends in a capitalised compound of a
// name and a lower-case word: the last hyphen of "Seattle-based",
// "Kremlin-backed", "Obama-era"; 0 for any other token.
func (p *Pass) compoundCut(t *text.Token) int32 {
	if t.Kind != text.Word || t.Shape&(text.Hyphen|text.Cap) != text.Hyphen|text.Cap || t.ID == 0 {
		return 0
	}
	// the word after the hyphen says what the name did or is: "-based",
	// "-backed", "-led", "-era"; "Ban Ki-moon" is a name
	if t.Class&(text.Part|text.Adj) == 0 && t.ID != words().era {
		return 0
	}
	w := p.src[t.Start:t.End]
	for i := len(w) - 1; i > 0; i-- {
		if w[i] == '-' {
			if i+1 < len(w) && 'a' <= w[i+1] && w[i+1] <= 'z' {
				return t.Start + int32(i)
			}
			return 0
		}
	}
	return 0
}

// compounds adds the names inside compounds of a name and a word in chunk
// k: "Seattle" of "Seattle-based", "Kremlin" of "Kremlin-backed". The
// word after "-based" says the name is a place.
func (p *Pass) compounds(s *text.Sentence, k int, sf recFlag) {
	c := &s.Chunks[k]
	for i := int(c.Start); i < int(c.End); i++ {
		t := &s.Toks[i]
		cut := p.compoundCut(t)
		if cut == 0 || p.skip[i] {
			continue
		}
		key := p.src[t.Start:cut]
		r, _ := p.readText(key, t.Shape&text.AllCaps != 0)
		kind := rName
		if r.gform == FormDemonym || r.gaz == 0 && r.kn.placeForm >= placeByDemonym && r.kn.place != placeUnknown {
			kind = rDemonym // "Saudi-led", "Russian-made"
		}
		rec := record{start: t.Start, end: cut, sent: int32(s.Index), tok: int32(i), kind: kind, flags: sf,
			aff: -1, link: -1, ent: -1, read: r}
		if p.quoted[i] {
			rec.flags |= fQuoted
		}
		if t.ID == words().based {
			rec.cues |= cueBased
		}
		p.recs = append(p.recs, rec)
	}
}

// readText is read for a name given as text, not tokens.
func (p *Pass) readText(name string, caps bool) (reading, bool) {
	b := p.kbuf[:0]
	if isASCII(name) {
		b = appendNormASCII(b, name)
	} else {
		b = append(b, NormalizeName(name)...)
	}
	p.kbuf = b
	var r reading
	if len(b) == 0 {
		return r, false
	}
	if ref, ok := p.g.index[string(b)]; ok && (!ref.acronym || caps) {
		r.gaz, r.gform = ref.entry+1, ref.form
	}
	r.kn, r.known = lookupName(string(b), caps)
	return r, r.isKnown()
}

// calendar reports whether tokens [a, z) are names of months and days
// only: "Thursday", "May". They name an actor only where a title says so
// ("Mrs. May") or the report names one so.
func calendar(toks []text.Token, a, z int) bool {
	for i := a; i < z; i++ {
		if toks[i].Class&(text.Month|text.Weekday) == 0 {
			return false
		}
	}
	return true
}

// hyphenNames adds the names of a compound of known names joined by
// hyphens, "US-Russia", "Israeli-Palestinian", one mention each, and
// returns the last; -1 when a part is unknown.
func (p *Pass) hyphenNames(s *text.Sentence, i int, sf recFlag) int32 {
	t := &s.Toks[i]
	var parts [4][2]int32
	n, start := 0, t.Start
	for j := t.Start; j <= t.End; j++ {
		if j < t.End && p.src[j] != '-' {
			continue
		}
		if n == len(parts) || j == start {
			return -1
		}
		parts[n] = [2]int32{start, j}
		n++
		start = j + 1
	}
	var reads [4]reading
	for k := range n {
		part := p.src[parts[k][0]:parts[k][1]]
		r, ok := p.readText(part, upperText(part))
		if !ok {
			return -1
		}
		reads[k] = r
	}
	last := int32(-1)
	for k := range n {
		kind := rName
		if r := &reads[k]; r.gform == FormDemonym || r.gaz == 0 && r.kn.placeForm >= placeByDemonym {
			kind = rDemonym
		}
		rec := record{start: parts[k][0], end: parts[k][1], sent: int32(s.Index), tok: int32(i), kind: kind, flags: sf,
			aff: -1, link: -1, ent: -1, read: reads[k]}
		if p.quoted[i] {
			rec.flags |= fQuoted
		}
		p.recs = append(p.recs, rec)
		last = int32(len(p.recs) - 1)
	}
	return last
}

// upperText reports whether s has two letters or more and no lower-case
// ASCII letter: "US", "NATO".
func upperText(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// lostApostrophe returns where the name ends in the first word of the run
// [a, z) when it is a possessive written without its apostrophe, as feeds
// that drop them write "Syrias" and "CNNs": a word the tables do not know
// that is a well-known name and an "s". It returns 0 for any other word.
func (p *Pass) lostApostrophe(toks []text.Token, a, z int) int32 {
	t := &toks[a]
	w := p.src[t.Start:t.End]
	if t.Kind != text.Word || len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == '\'' || !isASCII(w) {
		return 0
	}
	if r, ok := p.read(toks, a, a+1); ok && r.isKnown() {
		return 0
	}
	if r, ok := p.readText(w[:len(w)-1], upperText(w[:len(w)-1])); ok && r.strong() {
		return t.End - 1
	}
	return 0
}
