package entity

import (
	"github.com/newsmodel/newsmodel/internal/text"
)

// The constructions of news writing that say what sort of actor a name
// is, one function each. Each reads the name's tokens [a, z) in noun group
// k of sentence s, and returns the cue it finds, or 0. kinds.go weighs the
// cues of all an entity's mentions against what the tables know.

// nameCues returns every cue the context of a name gives.
func (p *Pass) nameCues(s *text.Sentence, k, a, z int) cue {
	return p.headCue(s.Toks, a, z) | office(s.Toks, a, z) | p.givenFirst(s.Toks, a, z) | initialInside(s.Toks, a, z) | p.placeInName(s.Toks, a, z) | p.orgInName(s.Toks, a, z) |
		p.brand(s.Toks, a, z) | p.capitalThe(s.Toks, a, z) | p.acronym(s.Toks, a, z) | p.placePreposition(s, k, a, z) | p.staffOf(s, k, z) |
		p.commaRegion(s, k, z) | p.contest(s, k, a, z) | p.competitor(s, z) | p.kinOwned(s, k) |
		p.ageAfter(s, z) | p.dateline(s, a)
}

// headCue reads the word that heads a name: "Labour Party", "Bank of
// England" and "Times" head organisations (cueOrgHead), "Inc." and "FC"
// are their suffixes (cueOrgSuffix), "Hudson River" and "Orange County"
// head places (cuePlaceHead), as a point of the compass does ("the Middle
// East", "the Deep South"), a plural noun after a place names a team
// or a band ("Pittsburgh Pirates": cueTeamPlural), and another common noun
// ends the names of bodies more often than people's ("Barstool Sports",
// "Black Lives Matter": cueCommonNoun; "Emma Stone" has a given name).
func (p *Pass) headCue(toks []text.Token, a, z int) cue {
	w := words()
	last := &toks[z-1]
	head := last
	for i := a + 1; i < z-1; i++ {
		if toks[i].ID == w.of || toks[i].ID == w.for_ {
			head = &toks[i-1] // "University of Sydney", "Committee for the Promotion of Virtue"
			break
		}
	}
	switch {
	case last.Class&text.OrgSuffix != 0 && z-a > 1:
		return cueOrgSuffix
	case head.Class&text.OrgHead != 0 && head.Tag == text.TName:
		return cueOrgHead
	case head.Class&text.PlaceHead != 0 && head.Tag == text.TName && (z-a > 1 || head != last) && !p.personWithPlaceSurname(toks, a, z):
		return cuePlaceHead
	case z-a > 1 && words().isCardinalPoint(last.ID) && !p.givenOpens(toks, a):
		return cuePlaceHead // "the Middle East", "the Deep South", "the Wild West"
	case p.teamPlural(toks, a, z):
		return cueTeamPlural
	case z-a > 1 && last.ID != 0 && last.Class&(text.Noun|text.Adj|text.Title|text.Person) == text.Noun:
		return cueCommonNoun // "Barstool Sports", "Spoken Motion"
	}
	return 0
}

// office reads a name headed by a singular title, as news capitalises an
// office, which a person holds: "the Secretary of State", "Chair of the
// Space Council", "the Home Secretary". A title that also heads
// organisations' names does not count ("Toronto Star", "National Guard"),
// nor a plural ("Knights of Columbus").
func office(toks []text.Token, a, z int) cue {
	if z-a < 2 {
		return 0
	}
	w := words()
	head := &toks[z-1]
	for i := a + 1; i < z-1; i++ {
		if toks[i].ID == w.of || toks[i].ID == w.for_ {
			head = &toks[i-1]
			break
		}
	}
	if head.Tag != text.TName || head.Class&text.Title == 0 || head.Class&(text.Pl|text.OrgHead|text.PlaceHead) != 0 {
		return 0
	}
	return cueOffice
}

// teamPlural reads a name that ends with a plural after a place, or a
// capitalised plural after "the", as news names teams, bands and companies:
// "Pittsburgh Pirates", "Boston Red Sox", "Bangladesh Lamps", "the
// Eagles", "the Beatles".
func (p *Pass) teamPlural(toks []text.Token, a, z int) bool {
	last := &toks[z-1]
	w := p.src[last.Start:last.End]
	if last.Class&text.Demonym != 0 || len(w) < 3 || w[len(w)-1] != 's' && w[len(w)-1] != 'x' || w[len(w)-2] == 's' {
		return false
	}
	if last.ID != 0 && (last.Class&text.Noun == 0 || last.Class&text.Sg != 0 && last.Class&text.Pl == 0) {
		return false // "Texas", "Lewis": no plural noun
	}
	if z-a == 1 {
		return a > 0 && toks[a-1].ID == words().the && last.ID != 0
	}
	e, r, ok := p.knownAt(toks, a, z)
	return ok && e < z && p.placeOf(&r) != placeUnknown
}

// givenFirst reads a name whose first word is a given name of at least a
// thousand births, followed by another name word: "Paris Hilton", "Jordan
// Henderson". The given name says the name is a person's, whatever else
// its first word may name, unless its last word heads an organisation's or
// a place's name ("Green Party", "Jordan River") or it follows a capitalised
// "The" ("The Brooklyn Paper").
func (p *Pass) givenFirst(toks []text.Token, a, z int) cue {
	if z-a < 2 || toks[a+1].Tag != text.TName && toks[a+1].Shape&text.Initial == 0 ||
		toks[z-1].Class&(text.OrgHead|text.OrgSuffix|text.PlaceHead) != 0 && !p.personWithPlaceSurname(toks, a, z) || p.capitalThe(toks, a, z) != 0 {
		return 0
	}
	if f, m := p.givenName(toks, a); f+m >= 1000 {
		return cueGiven
	}
	return 0
}

// personWithPlaceSurname reports whether a name of two words is a common
// given name and a surname that also ends street and landscape names:
// "Jessie Lane", "Harry Hill", "Emma Green"; "Abbey Road" opens with no
// given name, and "at Ellis Park" is a place's preposition.
func (p *Pass) personWithPlaceSurname(toks []text.Token, a, z int) bool {
	if a > 0 { // after a preposition of place it is one: "at Ellis Park"
		switch w := words(); toks[a-1].ID {
		case w.in, w.at, w.from, w.to, w.into, w.near, w.inside, w.outside, w.on, w.across, w.around:
			return false
		}
	}
	return z-a == 2 && words().isPlaceSurname(text.Core().Entry(toks[z-1].ID).Lemma) && p.givenOpens(toks, a)
}

// givenOpens reports whether token a is a given name of a thousand
// births or more: "Emma West" is no region.
func (p *Pass) givenOpens(toks []text.Token, a int) bool {
	f, m := p.givenName(toks, a)
	return f+m >= 1000
}

// initialInside reads an initial inside a name: "John F. Kennedy", "J.K.
// Rowling". News writes initials in people's names.
func initialInside(toks []text.Token, a, z int) cue {
	if z-a < 2 {
		return 0
	}
	for i := a; i < z-1; i++ {
		if toks[i].Shape&text.Initial != 0 {
			return cueInitial
		}
	}
	return 0
}

// acronym reads a name of one word in capitals, as organisations are
// abbreviated: "NHL", "UNESCO". In a headline in capitals every word is,
// so the cue counts only where the sentence has lower-case words.
func (p *Pass) acronym(toks []text.Token, a, z int) cue {
	t := &toks[a]
	if z-a != 1 || t.Shape&text.AllCaps == 0 || t.Len() < 2 || t.Len() > 6 || !p.hasLower {
		return 0
	}
	return cueAcronym
}

// placePreposition reads a name that a preposition of place governs: "in
// Seattle", "near Leeds", "across Europe" (cueIn), or "at", "from", "to",
// "into", which also take organisations ("a letter to Congress": cueAt).
// The name must head its group: "in Obama's speech" says nothing of
// Obama.
func (p *Pass) placePreposition(s *text.Sentence, k, a, z int) cue {
	cs := s.Chunks
	c := &cs[k]
	if k == 0 || cs[k-1].Kind != text.PG || int(cs[k-1].Of) != k || c.Is(text.FPossessor) || int(c.Head) >= z || int(c.Head) < a {
		return 0
	}
	switch words().placePrep(s.Toks[cs[k-1].Start].ID) {
	case 2:
		return cueIn
	case 1:
		return cueAt
	}
	return 0
}

// staffOf reads a name that modifies a title noun, as an employer does:
// "Google spokesman", "BBC reporter", "Kremlin spokesperson"; or a plural
// noun for people, as a leader does: "Trump supporters"; or what someone
// said: "Obama remarks".
func (p *Pass) staffOf(s *text.Sentence, k, z int) cue {
	c := &s.Chunks[k]
	h := int(c.Head)
	if h != z || s.Toks[h].Tag != text.TNoun {
		return 0
	}
	switch cl := s.Toks[h].Class; {
	case cl&text.Title != 0:
		return cueStaff
	case cl&text.Person != 0 && cl&text.Pl != 0:
		return cueFollowers // "Trump supporters", "Assad loyalists"
	case cl&text.SpeechNoun != 0:
		return cueClaimant // "Nicks claims", "Obama remarks"
	}
	return 0
}

// commaRegion reads a place written with its state or country after a
// comma, the way news locates a town: "Irving, Texas", "Aceh, Indonesia".
func (p *Pass) commaRegion(s *text.Sentence, k, z int) cue {
	toks := s.Toks
	if z+2 > len(toks) || !toks[z].IsMark(',') || toks[z+1].Tag != text.TName {
		return 0
	}
	e, r, ok := p.knownAt(toks, z+1, len(toks))
	if !ok || p.placeOf(&r) != placeRegion && p.placeOf(&r) != placeCountry {
		return 0
	}
	// the region ends its phrase: "Irving, Texas, was", "in Aceh, Indonesia."
	// ("Lavrov, Russia's foreign minister" is no town)
	if e < len(toks) && (toks[e].Tag == text.TName || toks[e].Tag == text.TPoss || toks[e].Kind == text.Apos) {
		return 0
	}
	return cueComma
}

// contest reads a side of a contest: the subject or object of a verb of
// winning and losing ("Belgium beat Panama 3-0", "Leeds drew with
// Hull"), a name before or after "v" or "vs", or a name followed by a
// score or a row of numbers, as results tables list teams ("Hereford 4 1 1
// 2"). News names teams after their towns and countries.
func (p *Pass) contest(s *text.Sentence, k, a, z int) cue {
	w := words()
	toks := s.Toks
	cs := s.Chunks
	// both sides named: "Belgium beat Panama", not "Russia faced criticism"
	if v := p.verbOf[k]; v >= 0 && w.isContest(cs[v].Lemma) && cs[v].Subj >= 0 && cs[v].Obj >= 0 &&
		(int(cs[v].Subj) == k || int(cs[v].Obj) == k) && named(s, int(cs[v].Subj)) && named(s, int(cs[v].Obj)) {
		return cueContest
	}
	// "drew with Hull", "lost to Leeds"; not where it was played: "played
	// at Wembley", "lost in Leeds"
	if k >= 2 && cs[k-1].Kind == text.PG && int(cs[k-1].Of) == k && cs[k-2].Kind == text.VG && w.isContest(cs[k-2].Lemma) &&
		w.placePrep(toks[cs[k-1].Start].ID) == 0 {
		return cueContest
	}
	if z < len(toks) && (toks[z].ID == w.v || toks[z].ID == w.vs) || a > 0 && (toks[a-1].ID == w.v || toks[a-1].ID == w.vs) {
		return cueContest
	}
	// a fixture list, with no verb: "KANSAS CITY AT DETROIT BALTIMORE AT
	// SEATTLE"
	if (z+1 < len(toks) && toks[z].ID == w.at && toks[z+1].Tag == text.TName || a > 1 && toks[a-1].ID == w.at && toks[a-2].Tag == text.TName) &&
		!p.hasVerb {
		return cueContest
	}
	// a score: "Leeds 2 Hull 1", "Hereford 4 1 1 2 3 6 4"
	if z+1 < len(toks) && toks[z].Kind == text.Number && toks[z].Shape&text.Dotted == 0 && !p.isDate(toks, z) {
		if toks[z+1].Kind == text.Number || toks[z+1].Tag == text.TName || z+1 == len(toks)-1 && toks[z+1].Kind == text.Punct {
			return cueContest
		}
	}
	return 0
}

// isDate reports whether the number at token i is part of a date or a
// year: "1996-08-30", "2014".
func (p *Pass) isDate(toks []text.Token, i int) bool {
	t := &toks[i]
	return t.Len() == 4 || t.Shape&text.Hyphen != 0 || toks[i].Len() > 5
}

// competitor reads a name followed by a country in brackets, as results
// and fixtures list athletes: "Jearl Miles (U.S.) 50.42", "Frank Nobilo (New
// Zealand)".
func (p *Pass) competitor(s *text.Sentence, z int) cue {
	toks := s.Toks
	if z+2 >= len(toks) || !toks[z].IsMark('(') {
		return 0
	}
	e, r, ok := p.knownAt(toks, z+1, len(toks))
	if !ok || e >= len(toks) || !toks[e].IsMark(')') || p.placeOf(&r) != placeCountry {
		return 0
	}
	return cueCompetitor
}

// kinOwned reads a name that owns a family noun: "Smith's wife", "Obama's
// daughters". Only people have families.
func (p *Pass) kinOwned(s *text.Sentence, k int) cue {
	c := &s.Chunks[k]
	if !c.Is(text.FPossessor) || c.Of < 0 {
		return 0
	}
	h := &s.Toks[s.Chunks[c.Of].Head]
	if h.Class&text.Kin != 0 {
		return cueKin
	}
	return 0
}

// ageAfter reads an age between commas after a name: "John Smith, 45,",
// as news gives people's ages.
func (p *Pass) ageAfter(s *text.Sentence, z int) cue {
	toks := s.Toks
	if z+2 < len(toks) && toks[z].IsMark(',') && toks[z+1].Kind == text.Number && toks[z+1].Len() <= 3 &&
		(toks[z+2].IsMark(',') || toks[z+2].Kind == text.Dash) {
		return cueAge
	}
	return 0
}

// dateline reads the place of a report's dateline: "MOSCOW, July 14
// (Reuters) -".
func (p *Pass) dateline(s *text.Sentence, a int) cue {
	pl := p.a.Dateline.Place
	if pl.IsValid() && int(s.Toks[a].Start) >= pl.Start && int(s.Toks[a].Start) < pl.End {
		return cueIn
	}
	return 0
}

// acronymDefinitions links each acronym written in brackets after a name
// to that name, the way news defines one: "Black Lives Matter (BLM)", "the
// Syrian Observatory for Human Rights (SOHR)".
func (p *Pass) acronymDefinitions(s *text.Sentence, first int) {
	for i := first + 1; i < len(p.recs); i++ {
		r, n := &p.recs[i], &p.recs[i-1]
		if r.kind != rName || n.kind != rName || r.flags&fCaps == 0 || n.flags&fCaps != 0 || r.end-r.start > 8 || r.start < n.end {
			continue
		}
		between := p.src[n.end:r.start]
		if len(between) > 3 || !contains(between, '(') || r.end >= int32(len(p.src)) || p.src[r.end] != ')' {
			continue
		}
		if initialsMatch(p.src[n.start:n.end], p.src[r.start:r.end]) {
			r.link = int32(i - 1)
		}
	}
}

func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// initialsMatch reports whether acronym is made of the initials of the
// capitalised words of name, in order, each perhaps with more of its
// letters ("Black Lives Matter" gives "BLM"; "Islamic State of Iraq" gives
// "ISI" and "ISIS"; "Médecins Sans Frontières" "MSF").
func initialsMatch(name, acronym string) bool {
	var caps []byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' && (i == 0 || name[i-1] == ' ' || name[i-1] == '-') {
			caps = append(caps, c)
		}
	}
	j := 0
	for i := 0; i < len(acronym) && j < len(caps); i++ {
		c := acronym[i]
		if c == caps[j] {
			j++
		}
	}
	return j == len(caps) && len(caps) >= 2
}

// placeInName reads a name of two words or more that ends with a known
// place but is none, and opens with no given name nor a word of
// direction: as news names clubs, companies and agencies after their
// town or country ("Real Madrid", "Standard Liege", "Statistics Canada",
// "Air France"), not as it names places ("New Delhi", "North Dakota",
// which the tables know) or people ("Paris Hilton").
func (p *Pass) placeInName(toks []text.Token, a, z int) cue {
	if z-a < 2 || toks[z-1].Tag != text.TName {
		return 0
	}
	if _, known := p.read(toks, a, z); known {
		return 0
	}
	r, ok := p.read(toks, z-1, z)
	if !ok || p.placeOf(&r) == placeUnknown || r.kn.place == placeCity && r.kn.population < 100_000 && r.gaz == 0 {
		return 0
	}
	// a word that heads bodies' names says so whatever opens it:
	// "King's College London", "University College London"
	for i := a; i < z-1; i++ {
		if c := toks[i].Class; c&text.OrgHead != 0 && c&text.Title == 0 && toks[i].Tag == text.TName {
			return cuePlaceInName
		}
	}
	// (clubs and agencies take words: "Real", "Statistics", "Air"; a
	// word nothing knows is a given name from elsewhere: "Valeska Paris")
	if f, m := p.givenName(toks, a); f+m >= 1000 || words().isCompass(toks[a].ID) || toks[a].ID == 0 {
		return 0
	}
	return cuePlaceInName
}

// orgInName reads a name that a known organisation opens and more words
// go on: news names a body's channels, programmes and branches after it
// ("BBC Radio Harbridge", "Fox News Channel", "Reuters Breakingviews").
func (p *Pass) orgInName(toks []text.Token, a, z int) cue {
	if z-a < 2 {
		return 0
	}
	// (its name is no common word nor a given name: "City Hall", "Marcus
	// Hale")
	if t := &toks[a]; t.ID != 0 && t.Shape&text.AllCaps == 0 {
		return 0
	}
	if f, m := p.givenName(toks, a); f+m >= 100 {
		return 0
	}
	e, r, ok := p.knownAt(toks, a, z)
	if !ok || e >= z || e == a {
		return 0
	}
	if r.kn.actor == KindOrganization && !r.kn.actorAlias || r.gaz > 0 && p.g.entries[r.gaz-1].Kind == KindOrganization {
		return cueOrgInName
	}
	return 0
}

// brand reads a name of one word with a capital inside, as companies and
// websites write theirs: "YouTube", "LibriVox", "FedEx". People's names
// with a prefix ("McDonald", "DeJesus", "MacArthur", "LeBron") are none.
// A word glued to a trade's noun is a brand too: "Wikinews", "Facebook",
// "Microsoft", "Walmart" (see brandTail).
func (p *Pass) brand(toks []text.Token, a, z int) cue {
	t := &toks[a]
	if z-a != 1 || t.Shape&text.AllCaps != 0 {
		return 0
	}
	w := p.src[t.Start:t.End]
	if brandTail(w) {
		return cueBrand
	}
	if t.Shape&text.Mixed == 0 {
		return 0
	}
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			switch w[:i] {
			case "Mc", "Mac", "De", "Di", "Da", "Le", "La", "Du", "Van", "Von", "O", "D":
				return 0
			}
			return cueBrand
		}
	}
	return 0
}

// brandTail reports whether the capitalised word w is a stem of three
// letters or more glued to a noun of trades that companies and websites
// end their names with: "Wikinews", "Wikipedia", "Wikileaks", "Facebook",
// "Microsoft", "Walmart", "Newscorp". People's and places' names seldom
// end so ("Holbrook", "Ashcroft", "Burbank" do not).
func brandTail(w string) bool {
	for _, tail := range [...]string{"news", "pedia", "leaks", "book", "soft", "tube", "media", "corp", "mart"} {
		n := len(w) - len(tail)
		if n >= 3 && w[n:] == tail && 'A' <= w[0] && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// capitalThe reads a name after a capitalised "The" inside a sentence,
// as papers, bands and companies write their names: "The Onion", "The
// Brooklyn Paper", "The Beatles". Places seldom take it.
func (p *Pass) capitalThe(toks []text.Token, a, z int) cue {
	if a == 0 || toks[a-1].ID != words().the || toks[a-1].Shape&(text.Cap|text.First) != text.Cap {
		return 0
	}
	return cueTheName
}

// named reports whether noun group k opens with a name: "Panama 3-0".
func named(s *text.Sentence, k int) bool {
	c := &s.Chunks[k]
	return c.Is(text.FName) || s.Toks[c.Start].Tag == text.TName
}
