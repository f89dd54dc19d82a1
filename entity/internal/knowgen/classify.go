package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/entity/internal/knowtab"
)

// classified holds what the actor dictionaries say, sorted into places and
// actors.
type classified struct {
	placeKeys map[string]map[string]bool // ISO2 → keys of phrases GeoNames knows in that country
	others    []otherPlace               // places GeoNames does not have
	actors    []actorCand
}

// An otherPlace is a place that the dictionaries list under a country and
// GeoNames lacks: a landmark, river, historic region, nickname.
type otherPlace struct {
	name    string
	country string
	keys    []string // the first is its name's
}

// An actorCand is a person or organisation with its keys.
type actorCand struct {
	actorRec
	keys []candKey
}

type candKey struct {
	key     string
	alias   bool
	acronym bool
}

// refDate is the date at which the dictionaries' dated codes are read: the
// last edit of their contents, 2017-07-20.
const refDate = 20170720

// currentCode picks the code of a group that held at refDate, the latest
// to start when several did; failing that the default code (the last one
// without dates), failing that the dated code that ended last. The null
// code "---" never counts.
func currentCode(codes []code) (code, bool) {
	best, def, last := -1, -1, -1
	for i, c := range codes {
		if c.code == "---" || c.code == "" {
			continue
		}
		if !c.dated {
			def = i
			continue
		}
		if last < 0 || max(c.to, c.from) >= max(codes[last].to, codes[last].from) {
			last = i
		}
		if (c.from > 0 || c.to > 0) && (c.from == 0 || c.from <= refDate) && (c.to == 0 || refDate <= c.to) {
			if best < 0 || c.from >= codes[best].from {
				best = i
			}
		}
	}
	for _, i := range []int{best, def, last} {
		if i >= 0 {
			return codes[i], true
		}
	}
	return code{}, false
}

// segments splits a CAMEO code into its three-letter parts.
func segments(c string) []string {
	var out []string
	for len(c) >= 3 {
		out = append(out, c[:3])
		c = c[3:]
	}
	if c != "" {
		out = append(out, c)
	}
	return out
}

// sectorCodes are CAMEO codes of regions and religions that are also ISO
// 3166-1 alpha-3 codes: after the first part of a code, "MUS" is Muslim,
// not Mauritius, and "CAF" Central Africa.
var sectorCodes = set("MUS", "CAF")

// fictional are CAMEO codes of countries made up for testing coders.
var fictional = set("KNT")

// readCode returns a code's country (ISO2, "" for none or a former state),
// its role and whether every part is a country, which makes the phrase a
// place. Leading parts that are countries narrow the country ("GBRVGBGOV"
// is the government of the British Virgin Islands); the role is the first
// part after them ("GOV"), or the first part when it is not a country
// ("IGO", "MNC", "MED"), after which the first country part is the
// country ("MNCUSA").
func (g *geo) readCode(c string) (iso, role string, place, ok bool) {
	segs := segments(c)
	if len(segs) == 0 || fictional[segs[0]] {
		return "", "", false, false
	}
	lead := 0
	for lead < len(segs) {
		x, isCountry := g.isoOf(segs[lead])
		if !isCountry || lead > 0 && sectorCodes[segs[lead]] {
			break
		}
		iso = x
		lead++
	}
	switch {
	case lead == len(segs):
		return iso, "", true, true
	case lead > 0:
		return iso, segs[lead], false, true
	}
	for _, s := range segs[1:] {
		if x, isCountry := g.iso3[s]; isCountry && !sectorCodes[s] {
			iso = x
			break
		}
	}
	return iso, segs[0], false, true
}

// classify sorts the entries of the actor dictionaries into places and
// actors.
func (b *builder) classify(dicts [][]dictEntry) *classified {
	cl := &classified{placeKeys: map[string]map[string]bool{}}
	countryDone := map[string]bool{}
	// countries first, so that the demonyms found there count everywhere
	for pass := range 2 {
		for _, es := range dicts {
			for i := 0; i < len(es); {
				j := i + 1
				for j < len(es) && es[j].group == i {
					j++
				}
				group := es[i:j]
				i = j
				c, ok := currentCode(group[0].codes)
				if !ok {
					if pass == 0 {
						b.dropped["entries without a code"] += len(group)
					}
					continue
				}
				iso, role, place, ok := b.geo.readCode(c.code)
				if !ok {
					if pass == 0 {
						b.dropped["entries of a fictional country"] += len(group)
					}
					continue
				}
				if place != (pass == 0) {
					continue
				}
				if place {
					b.classifyPlace(cl, group, c.code, iso, countryDone)
				} else {
					b.classifyActors(cl, group, role, iso, c.code)
				}
			}
		}
	}
	return cl
}

// groupPhrases returns the phrases of a group in order: each entry's
// primary phrase, then its alternates.
func groupPhrases(group []dictEntry) []string {
	var out []string
	for _, e := range group {
		out = append(out, e.phrase)
		out = append(out, e.aliases...)
	}
	return out
}

// classifyPlace reads a group whose code is a country's: the country's own
// entry, with its names, demonyms, cities and provinces, or a place in it.
func (b *builder) classifyPlace(cl *classified, group []dictEntry, cameo, iso string, countryDone map[string]bool) {
	g := b.geo
	phrases := groupPhrases(group)
	ci, known := g.byISO2[iso]
	head := key(phrases[0])
	isCountry := known && (g.countryKeys[iso][head] || len(cameo) == 3 && !countryDone[iso] && !g.cityKeys[iso][head])
	if isCountry {
		countryDone[iso] = true
		c := &g.countries[ci]
		for _, p := range phrases {
			b.countryPhrase(cl, c, p)
		}
		return
	}
	var other *otherPlace
	for _, p := range phrases {
		if strings.Contains(p, "(") {
			continue
		}
		k := key(p)
		if !usableKey(k) {
			continue
		}
		if iso != "" && (g.cityKeys[iso][k] || g.altKeys[iso][k] || g.countryKeys[iso][k]) {
			cl.addPlaceKey(iso, k)
			continue
		}
		if other == nil {
			cl.others = append(cl.others, otherPlace{name: readable(p, nil), country: iso})
			other = &cl.others[len(cl.others)-1]
		}
		other.keys = append(other.keys, k)
	}
}

func (cl *classified) addPlaceKey(iso, k string) { addKey(cl.placeKeys, iso, k) }

// demonymSuffixes turn a country's name into its demonym: "Kenya" +
// "n", "Iraq" + "i", "Japan" + "ese", "Canad(a)" + "ian".
var demonymSuffixes = []string{"n", "an", "ian", "ean", "i", "ese", "er", "ish", "ic", "ot", "ns", "ans", "ians", "eans", "is", "ers", "ots"}

// countryPhrase sorts one phrase of a country's entry: another name of the
// country, a demonym, a place GeoNames knows, or another place.
func (b *builder) countryPhrase(cl *classified, c *country, p string) {
	g := b.geo
	if strings.Contains(p, "(") {
		return
	}
	k := key(p)
	if !usableKey(k) || g.countryKeys[c.iso2][k] || slices.ContainsFunc(c.demonyms, func(d string) bool { return key(d) == k }) {
		return
	}
	if g.cityKeys[c.iso2][k] || g.altKeys[c.iso2][k] {
		cl.addPlaceKey(c.iso2, k)
		return
	}
	names := slices.Sorted(maps.Keys(g.countryKeys[c.iso2]))
	ws := words(p)
	if len(ws) == 1 {
		if isAcronymWord(ws[0]) {
			b.addCountryAlias(c, p)
			return
		}
		for _, n := range names {
			if strings.Contains(n, " ") {
				continue
			}
			for _, base := range []string{n, strings.TrimRight(n, "aeoy")} {
				for _, suf := range demonymSuffixes {
					if k == base+suf && len(base) >= 3 {
						b.addDemonym(c, readable(p, nil))
						return
					}
				}
			}
		}
		for _, n := range names {
			if len(n) >= 5 && levenshtein(k, n) <= 2 {
				b.addCountryAlias(c, readable(p, nil))
				return
			}
		}
		if strings.HasSuffix(k, "s") && g.demonymKeys[k[:len(k)-1]] {
			return // a plural of a demonym: made from the demonym
		}
		for _, n := range names {
			if len(n) >= 3 && len(k) >= 4 && k[:3] == n[:3] {
				for _, suf := range demonymSuffixes {
					if strings.HasSuffix(k, suf) && len(suf) >= 2 || strings.HasSuffix(k, "i") {
						b.addDemonym(c, readable(p, nil))
						return
					}
				}
			}
		}
	} else {
		for _, n := range names {
			if containsWords(k, n) || containsWords(n, k) || len(n) >= 5 && levenshtein(k, n) <= 2 {
				b.addCountryAlias(c, readable(p, nil))
				return
			}
		}
	}
	cl.others = append(cl.others, otherPlace{name: readable(p, nil), country: c.iso2, keys: []string{k}})
}

// containsWords reports whether the words of key sub appear in key k, in
// order and next to each other.
func containsWords(k, sub string) bool {
	return k == sub || strings.HasPrefix(k, sub+" ") || strings.HasSuffix(k, " "+sub) || strings.Contains(k, " "+sub+" ")
}

func (b *builder) addCountryAlias(c *country, name string) {
	k := key(name)
	b.geo.countryKeys[c.iso2][k] = true
	c.aliases = append(c.aliases, name)
}

func (b *builder) addDemonym(c *country, d string) {
	k := key(d)
	if b.geo.demonymKeys[k] && slices.ContainsFunc(c.demonyms, func(x string) bool { return key(x) == k }) {
		return
	}
	b.geo.demonymKeys[k] = true
	b.geo.countryWord[k] = true
	c.demonyms = append(c.demonyms, d)
}

// nameOpeners are first words of names that the US given names lack or
// count little: "ABU_BAKR_AL-BAGHDADI".
var nameOpeners = set("abu", "abd", "abdul", "abdel", "abdallah", "abdullah", "abdulla", "mohammad", "mohammed",
	"muhammad", "mohamed", "ahmad", "ahmed", "ali", "hassan", "hussein", "ibrahim", "omar", "umar", "khalid",
	"sheikh", "haji", "hajji", "mullah", "sayyid", "syed", "mir", "nur", "gul")

// givenThreshold is the births a word needs among US given names to count
// as a first name when the dictionaries give no dates.
const givenThreshold = 200

// looksPerson reports whether a phrase reads as a person's name: two to
// five words, without an organisation's word, opening (after titles) with
// a first name, a common opener of Arabic names or an initial.
func (b *builder) looksPerson(p string) bool {
	ws := words(stripTitles(p, b.geo.demonymKeys))
	if len(ws) < 2 || len(ws) > 5 || hasOrgWord(p) {
		return false
	}
	first := key(ws[0])
	if nameOpeners[first] || len(ws[0]) == 2 && ws[0][1] == '.' {
		return true
	}
	if lowerParticles[first] {
		return false // "AL_JAZEERA": the article, not the first name Al
	}
	fm, ok := b.given[first]
	return ok && fm[0]+fm[1] >= givenThreshold
}

// genericWords do not tell one organisation from another in a group:
// "US_DEPARTMENT_OF_STATE" and "DEPARTMENT_OF_STATE" share "state".
var genericWords = set("united", "states", "national", "department", "ministry", "federal", "government",
	"office", "agency", "council", "committee", "service", "services", "commission", "international",
	"organization", "organisation", "bureau", "the", "of", "and", "for", "us", "u", "s", "based", "new", "central",
	"general", "high", "supreme", "public", "state", "people", "peoples", "republic", "democratic", "front",
	"party", "union", "group", "forces", "force", "army", "movement", "islamic", "al", "el")

// contentWords returns the words of a phrase that tell it apart.
func (b *builder) contentWords(p string) []string {
	var out []string
	for _, w := range keyWords(key(p)) {
		if !genericWords[w] && !functionWords[w] && !b.geo.countryWord[w] {
			out = append(out, w)
		}
	}
	return out
}

// commonAcronyms are acronyms with vowels that the dictionaries use inside
// longer names: "UN_SECRETARY_GENERAL", "US_DEPARTMENT_OF_STATE".
var commonAcronyms = set("UN", "US", "EU", "AU", "UK", "UAE", "USA", "NATO", "OPEC", "ASEAN")

// acronymsOf returns the words of a group's phrases that are acronyms:
// dotted ("U.S."), without vowels ("CNN"), a phrase of two or three
// letters alone ("UN"), a common acronym, or the initials of another
// phrase of the group ("NATO", "FBI").
func acronymsOf(phrases []string) map[string]bool {
	inits := map[string]bool{}
	for _, p := range phrases {
		if ws := words(p); len(ws) > 1 {
			inits[initials(p)] = true
		}
	}
	out := map[string]bool{}
	for _, p := range phrases {
		ws := words(p)
		for _, w := range ws {
			bare := strings.ReplaceAll(w, ".", "")
			if len(bare) < 2 || !isAcronymWord(w) && !inits[bare] {
				continue
			}
			if strings.Contains(w, ".") || !strings.ContainsAny(bare, "AEIOUY") || commonAcronyms[bare] ||
				len(ws) == 1 && len(bare) <= 3 || inits[bare] && len(bare) <= 8 {
				out[w] = true
			}
		}
	}
	return out
}

// classifyActors reads a group of a person or organisation: its head, the
// first primary phrase, is the actor; other phrases are its aliases, or
// actors of their own when they name someone else (a minister listed under
// a ministry, an agency under a department).
func (b *builder) classifyActors(cl *classified, group []dictEntry, role, iso, cameo string) {
	phrases := groupPhrases(group)
	acr := acronymsOf(phrases)
	dated := false
	for _, c := range group[0].codes {
		dated = dated || c.dated
	}
	leaders := false
	for _, e := range group {
		leaders = leaders || strings.Contains(e.comment, "CountryInfo") || strings.Contains(e.comment, "IGOrulers")
	}
	head := phrases[0]
	rec := actorRec{country: iso, code: cameo}
	newActor := func(p string, kind uint8) *actorCand {
		r := rec
		r.kind = kind
		if kind == knowtab.ActorPerson {
			r.name = readable(b.personName(p, phrases), acr)
		} else {
			r.name = readable(strings.TrimPrefix(strings.Join(words(p), "_"), "THE_"), acr)
		}
		cl.actors = append(cl.actors, actorCand{actorRec: r})
		a := &cl.actors[len(cl.actors)-1]
		a.addKey(key(r.name), false, isAcronym(p, acr))
		return a
	}
	index := map[string]int{} // phrase → its actor in cl.actors
	var headActor = -1
	switch {
	case isTitle(head):
		b.dropped["title"]++
	case leaders:
		// the leaders' lists that the dictionaries were made from
		newActor(head, knowtab.ActorPerson)
	case hasOrgWord(head) || role == "MNC" || role == "IMG" && !b.looksPerson(head):
		newActor(head, knowtab.ActorOrganization)
	case dated || b.looksPerson(head):
		newActor(head, knowtab.ActorPerson)
	default:
		newActor(head, knowtab.ActorOrganization)
	}
	if !isTitle(head) {
		headActor = len(cl.actors) - 1
		index[head] = headActor
		cl.actors[headActor].addPhrase(b, head, acr)
	}
	var acronyms []string
	for _, p := range phrases[1:] {
		switch {
		case strings.Contains(p, "(") || !usableKey(key(p)):
			continue
		case isTitle(p):
			b.dropped["title alias"]++
			continue
		case isAcronym(p, acr) && headActor >= 0:
			acronyms = append(acronyms, p)
			continue
		}
		var kind uint8
		switch {
		case headActor < 0:
			kind = knowtab.ActorOrganization
			if b.looksPerson(p) || dated || leaders {
				kind = knowtab.ActorPerson
			}
		case cl.actors[headActor].kind == knowtab.ActorPerson:
			if !hasOrgWord(p) {
				cl.actors[headActor].addPhrase(b, p, acr)
				index[p] = headActor
				continue
			}
			kind = knowtab.ActorOrganization
		default:
			if b.looksPerson(p) {
				kind = knowtab.ActorPerson
			} else if abbreviates(p, head) || b.sameOrg(p, head) {
				cl.actors[headActor].addPhrase(b, p, acr)
				index[p] = headActor
				continue
			} else {
				kind = knowtab.ActorOrganization
			}
		}
		a := newActor(p, kind)
		a.addPhrase(b, p, acr)
		index[p] = len(cl.actors) - 1
	}
	// an acronym goes with the phrase it abbreviates, else with the head
	for _, p := range acronyms {
		ws := words(p)
		w := strings.ReplaceAll(ws[len(ws)-1], ".", "")
		to := headActor
		for _, q := range phrases {
			if i, ok := index[q]; ok && len(words(q)) > 1 && initials(q) == w {
				to = i
				break
			}
		}
		cl.actors[to].addKey(key(p), true, true)
	}
}

// personName returns the name of the person a phrase names, without its
// titles; when that leaves one word, the fullest name in the group that
// ends with it.
func (b *builder) personName(p string, group []string) string {
	s := stripTitles(p, b.geo.demonymKeys)
	if len(words(s)) >= 2 {
		return s
	}
	last := key(s)
	for _, q := range group {
		t := stripTitles(q, b.geo.demonymKeys)
		if ws := words(t); len(ws) >= 2 && !hasOrgWord(q) && key(ws[len(ws)-1]) == last {
			return t
		}
	}
	return p // "BARON_ROBERTSON": a title and a surname name him
}

// sameOrg reports whether two phrases of a group name the same
// organisation: they share a word that is neither generic nor a country's.
//
// Phrases made of generic words only ("US_STATE_DEPARTMENT",
// "DEPARTMENT_OF_STATE") are the same when one's words are among the
// other's.
func (b *builder) sameOrg(p, head string) bool {
	pw, hw := b.contentWords(p), b.contentWords(head)
	if len(pw) == 0 || len(hw) == 0 {
		pw, hw = b.nameWords(p), b.nameWords(head)
		if len(pw) == 0 || len(hw) == 0 {
			return false
		}
		sub := func(a, b []string) bool {
			for _, w := range a {
				if !slices.Contains(b, w) {
					return false
				}
			}
			return true
		}
		return sub(pw, hw) || sub(hw, pw)
	}
	for _, w := range pw {
		if slices.Contains(hw, w) {
			return true
		}
	}
	return false
}

// isAcronym reports whether a phrase is one acronym, perhaps after "THE":
// "THE_UN_".
func isAcronym(p string, acr map[string]bool) bool {
	ws := words(p)
	if len(ws) == 2 && ws[0] == "THE" {
		ws = ws[1:]
	}
	return len(ws) == 1 && acr[ws[0]]
}

// abbreviates reports whether one phrase is the initials of the other:
// "NATO" and "NORTH_ATLANTIC_TREATY_ORGANIZATION".
func abbreviates(p, q string) bool {
	pw, qw := words(p), words(q)
	bare := func(w string) string { return strings.ReplaceAll(w, ".", "") }
	return len(pw) == 1 && len(qw) > 1 && bare(pw[0]) == initials(q) ||
		len(qw) == 1 && len(pw) > 1 && bare(qw[0]) == initials(p)
}

// nameWords returns the words of a phrase that are neither function words
// nor words of countries' names.
func (b *builder) nameWords(p string) []string {
	var out []string
	for _, w := range keyWords(key(p)) {
		if !functionWords[w] && !b.geo.countryWord[w] {
			out = append(out, w)
		}
	}
	return out
}

// addPhrase adds a phrase of the actor as an alias key, and for a person
// the phrase without its titles too.
func (a *actorCand) addPhrase(b *builder, p string, acr map[string]bool) {
	a.addKey(key(p), true, isAcronym(p, acr))
	if a.kind == knowtab.ActorPerson {
		a.addKey(key(stripTitles(p, b.geo.demonymKeys)), true, false)
	}
}

func (a *actorCand) addKey(k string, alias, acronym bool) {
	if !usableKey(k) {
		return
	}
	for i, x := range a.keys {
		if x.key == k {
			a.keys[i].alias = x.alias && alias
			a.keys[i].acronym = x.acronym && acronym
			return
		}
	}
	a.keys = append(a.keys, candKey{k, alias, acronym})
}

// addPlaces adds GeoNames' places, then the dictionaries' other places.
func (b *builder) addPlaces(cl *classified) {
	b.addGeoPlaces(cl.placeKeys)
	for _, o := range cl.others {
		if len(o.keys) == 0 {
			continue
		}
		i := b.addPlace(placeRec{name: o.name, kind: knowtab.PlaceOther, country: o.country})
		for j, k := range o.keys {
			form := uint8(knowtab.FormName)
			if j > 0 {
				form = knowtab.FormAlias
			}
			b.addPlaceKey(k, i, form, false)
		}
	}
}

// addActors adds the actors, one record for each name, kind and country,
// and short names of organisations where only one country's are named so:
// without their country ("US State Department" is also "State
// Department") or a company's suffix ("Apple Inc" is also "Apple").
func (b *builder) addActors(cl *classified) {
	type short struct {
		actor   int
		country string
	}
	shorts := map[string][]short{}
	for _, a := range cl.actors {
		id := actorID{key(a.name), a.kind, a.country}
		i, ok := b.actorIDs[id]
		if !ok {
			i = len(b.actors)
			b.actors = append(b.actors, a.actorRec)
			b.actorIDs[id] = i
		}
		if n := strings.ToLower(a.name); a.kind == knowtab.ActorOrganization && strings.HasSuffix(n, ".com") {
			// "Amazon.com", whose key is "amazoncom", is "Amazon"
			if rest := key(a.name[:len(n)-4]); len(rest) >= 4 {
				shorts[rest] = append(shorts[rest], short{i, a.country})
			}
		}
		for _, k := range a.keys {
			b.addActorKey(k.key, i, k.alias, k.acronym)
			if a.kind != knowtab.ActorOrganization {
				continue
			}
			if rest := b.withoutCountry(k.key, a.country); rest != "" {
				shorts[rest] = append(shorts[rest], short{i, a.country})
			}
			if rest := withoutCompanySuffix(k.key); rest != "" && !b.geo.countryWord[rest] {
				shorts[rest] = append(shorts[rest], short{i, a.country})
			}
		}
	}
	for _, rest := range slices.Sorted(maps.Keys(shorts)) {
		ss := shorts[rest]
		if len(b.actorKeys[rest]) > 0 || slices.ContainsFunc(ss, func(s short) bool { return s.country != ss[0].country }) {
			continue
		}
		for _, s := range ss {
			b.addActorKey(rest, s.actor, true, false)
		}
	}
}

// companySuffixes end companies' names in the dictionaries, not in
// running text: "APPLE_INC_" is "Apple" in a report.
var companySuffixes = set("inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
	"plc", "llc", "lp", "sa", "ag", "nv", "se", "com", "group", "holdings", "holding")

// withoutCompanySuffix returns a company's key without the suffixes that
// end it, when a word of four letters or more, or two words, are left.
func withoutCompanySuffix(k string) string {
	ws := keyWords(k)
	n := len(ws)
	for n > 0 && companySuffixes[ws[n-1]] {
		n--
	}
	if n == len(ws) || n == 0 || n == 1 && len(ws[0]) < 4 || functionWords[ws[n-1]] {
		return ""
	}
	return strings.Join(ws[:n], " ")
}

// withoutCountry returns an organisation's key without the name, short
// name or demonym of its country that opens it, when two words at least
// are left: "us state department" gives "state department".
func (b *builder) withoutCountry(k, iso string) string {
	g := b.geo
	ci, ok := g.byISO2[iso]
	if !ok || iso == "" {
		return ""
	}
	var prefixes []string
	for p := range g.countryKeys[iso] {
		prefixes = append(prefixes, p)
	}
	for _, d := range g.countries[ci].demonyms {
		prefixes = append(prefixes, key(d))
	}
	best := ""
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(k, p+" "); ok && len(keyWords(rest)) >= 2 && len(rest) > len(best) {
			best = rest
		}
	}
	if functionWords[strings.Fields(best + " x")[0]] {
		return ""
	}
	return best
}

// addAgents adds the agents with their plurals; the first of a phrase
// wins.
func (b *builder) addAgents(ags []agentEntry) {
	lastBad := 0
	for _, a := range ags {
		if strings.ContainsAny(a.phrase, "Ãâ") {
			if a.line != lastBad {
				b.warns = append(b.warns, warning{sources[srcAgents].file, a.line, fmt.Sprintf("phrase %q is mis-encoded: skipped", a.phrase)})
			}
			lastBad = a.line
			continue
		}
		k := key(a.phrase)
		if !usableKey(k) {
			continue
		}
		if _, ok := b.agents[k]; !ok {
			b.agents[k] = agentRec{code: a.code, plural: a.isPl}
		}
		var pl string
		switch {
		case a.noPl || a.isPl:
		case a.plural != "":
			pl = key(a.plural)
		default:
			pl = pluralKey(k)
		}
		if pl != "" && usableKey(pl) {
			if _, ok := b.agents[pl]; !ok {
				b.agents[pl] = agentRec{code: a.code, plural: true}
			}
		}
	}
}

// pluralKey returns the regular plural of an agent's key, made on its head,
// the last word before a preposition: "minister for agriculture" gives
// "ministers for agriculture".
func pluralKey(k string) string {
	ws := keyWords(k)
	h := len(ws) - 1
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "for" || w == "on" || w == "in" || w == "to" || w == "and" || w == "with" || w == "de") {
			h = i - 1
			break
		}
	}
	ws[h] = pluralWord(ws[h])
	return strings.Join(ws, " ")
}

func pluralWord(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "men") || strings.HasSuffix(w, "people"):
		return w // already a plural
	case strings.HasSuffix(w, "man") && w != "human" && w != "german" && w != "roman":
		return w[:n-3] + "men"
	case strings.HasSuffix(w, "person"):
		return w[:n-6] + "people"
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") ||
		strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z"):
		return w + "es"
	}
	return w + "s"
}
