package entity

import (
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/entity/internal/knowtab"
)

// The knowledge tables are what open data says about names: places from
// GeoNames, first names with the births of each sex from the US Social
// Security Administration, and political actors and the nouns of titles
// and roles ("agents") from the PETRARCH2 dictionaries. knowledge_tables.go
// embeds them and records their sources, versions and licences; NOTICE
// gives the attributions. They are knowledge, not rules: "Jackson" is a
// given name and a US city, and deciding which it is in a sentence is a
// rule's job.
//
// Every table is keyed by [knowledgeKey]. The tables load on first use
// and are read-only after, so lookups are safe for concurrent use. Strings
// in results are the caller's and share the embedded tables' memory.

//go:generate go run ./internal/knowgen -data ../../shared/data

// knowledgeKey folds a name to the key of the knowledge tables: the
// [NormalizeName] of it (case, diacritics, hyphens and dots folded: "U.S."
// is "us", "al-Qaeda" is "al qaeda"), without a leading "the" ("The Hague"
// is "hague"). The words of a key are the space-separated words of that
// fold, so a caller matching a run of tokens folds the run's text.
func knowledgeKey(name string) string {
	return strings.TrimPrefix(NormalizeName(name), "the ")
}

// A placeKind tells what sort of place a [place] is.
type placeKind uint8

// Place kinds. The zero placeKind is placeUnknown.
const (
	placeUnknown placeKind = iota
	placeCountry           // a country or dependent territory: "Georgia", "Puerto Rico"
	placeRegion            // a first-level region: a US state, a province, an oblast
	placeCity              // a city or town of 15,000 people or more, a capital, or a section of a city
	placeOther             // a place the actor dictionaries list under a country: "Rocky Mountains", "Alsace"
)

// A placeForm tells how a key names a [place].
type placeForm uint8

// Place forms.
const (
	placeByName     placeForm = iota // its name: "Quebec", "Saint Petersburg"
	placeByAlias                     // another name: "Quebec City", "Bombay", "America", "St Petersburg"
	placeByDemonym                   // an adjective or singular noun of its people: "French", "Russian"
	placeByNational                  // a noun for one of its people: "Frenchman", "Briton"
	placeByPeople                    // its people, in the plural: "Russians", "Frenchmen"
)

// A place is one reading of a key as a place.
type place struct {
	Name       string    `json:"name"`              // as GeoNames writes it: "Québec", "Georgia"
	Kind       placeKind `json:"kind"`              // country, region, city or other
	Country    string    `json:"country,omitempty"` // ISO 3166-1 alpha-2 code: "CA"; "" for a former state
	Region     string    `json:"region,omitempty"`  // a city's first-level region: "Quebec"
	Population uint32    `json:"population"`        // of a region, that of its cities in the table; 0 when unknown
	Capital    bool      `json:"capital,omitempty"` // a national capital or seat of government
	Form       placeForm `json:"form"`              // how the key names it
	Acronym    bool      `json:"acronym,omitempty"` // the key names it only written in capitals: "US", "UK"
	demonyms   string    // a country's demonyms, joined by '|'
}

// Demonyms returns a country's demonyms and nouns for its people:
// "French", "Frenchman", "Frenchmen", ...; nil for other places.
func (p place) Demonyms() []string {
	if p.demonyms == "" {
		return nil
	}
	return strings.Split(p.demonyms, "|")
}

// An actor is one reading of a key as a political actor of the PETRARCH2
// dictionaries: a person or an organisation, with the CAMEO code that held
// when the dictionaries were last edited (2017; roles go stale after about
// 2015).
type actor struct {
	Name    string `json:"name"`              // canonical name in running-text case: "Barack Obama", "NATO"
	Kind    Kind   `json:"kind"`              // KindPerson or KindOrganization
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-2 code of its country: "US"; "" for none
	Code    string `json:"code"`              // CAMEO actor code: "USAGOV", "IGOWSTNAT", "MNCUSAMED"
	Role    string `json:"role,omitempty"`    // CAMEO role or type: "GOV", "MIL", "OPP", "REB", "MED", "BUS", "IGO", "NGO", "MNC", "IMG"
	Alias   bool   `json:"alias,omitempty"`   // the key is another name of it: "Obama", "President Putin", "FBI"
	Acronym bool   `json:"acronym,omitempty"` // the key names it only written in capitals
}

// An agent is the reading of a key as the noun of a title or role, from
// the PETRARCH2 agents dictionary: "ambassador", "foreign minister",
// "police", "chamber of commerce".
type agent struct {
	Code   string `json:"code"`             // CAMEO agent code: "~GOV" follows a country's code, "IGO~" precedes it
	Role   string `json:"role"`             // its first three letters: "GOV", "COP", "BUS", "IGO"
	Plural bool   `json:"plural,omitempty"` // the key is a plural: "ambassadors"
}

// knowledge is the loaded tables.
type knowledge struct {
	keys   knowtab.Table // with its index
	places string        // records of knowtab.PlaceSize bytes
	actors string        // records of knowtab.ActorSize bytes
	names  string
	codes  []knownCode
}

type knownCode struct{ code, role string }

// loadKnowledge returns the tables, opened on first use.
var loadKnowledge = sync.OnceValue(openKnowledge)

// openKnowledge opens the embedded tables in place, reading the key table
// once to build its hash index and decoding the short list of codes. The
// tests check the tables, so a failure here is a build that embedded other
// files.
func openKnowledge() *knowledge {
	keys, err := knowtab.Open(knowledgeKeys)
	if err != nil || keys.Len() != knowledgeKeyCount ||
		len(knowledgePlaces) != knowledgePlaceCount*knowtab.PlaceSize ||
		len(knowledgeActors) != knowledgeActorCount*knowtab.ActorSize {
		panic("entity: knowledge tables do not match knowledge_tables.go")
	}
	k := &knowledge{keys: keys.Indexed(), places: knowledgePlaces, actors: knowledgeActors, names: knowledgeNames}
	lines := knowtab.Lines(knowledgeCodes)
	if len(lines) != knowledgeCodeCount {
		panic("entity: knowledge codes do not match knowledge_tables.go")
	}
	k.codes = make([]knownCode, len(lines))
	for i, l := range lines {
		c, r, _ := strings.Cut(l, "\t")
		k.codes[i] = knownCode{c, r}
	}
	return k
}

// sections returns the sections of key's value, and false when the tables
// do not know key.
func (k *knowledge) sections(key string) (knowtab.Sections, bool) {
	v, ok := k.keys.Get(key)
	if !ok {
		return knowtab.Sections{}, false
	}
	sec, err := knowtab.Split(v)
	return sec, err == nil
}

func (k *knowledge) code(i uint32) knownCode {
	if int(i) < len(k.codes) {
		return k.codes[i]
	}
	return knownCode{}
}

func country(c [2]byte) string {
	if c[0] == 0 {
		return ""
	}
	return string(c[:])
}

// lookupPlace returns every reading of key as a place, strongest first:
// countries, regions and cities by population, places known only to the
// actor dictionaries last. Of the cities a key names, it keeps the biggest
// of each country, and of those the six biggest.
func lookupPlace(key string) []place {
	k := loadKnowledge()
	sec, ok := k.sections(key)
	if !ok || sec.Places == "" {
		return nil
	}
	var out []place
	for p := 0; p < len(sec.Places); {
		r, q, ok := knowtab.NextRef(sec.Places, p)
		if !ok {
			break
		}
		p = q
		rec := knowtab.ReadPlace(knowtab.Record(k.places, int(r.Index), knowtab.PlaceSize))
		pl := place{Name: rec.Name.In(k.names), Kind: placeKind(rec.Kind), Country: country(rec.Country),
			Population: rec.Population, Capital: rec.Flags&knowtab.PlaceCapital != 0, Form: placeForm(r.Form),
			Acronym: r.Acronym}
		switch pl.Kind {
		case placeCity:
			pl.Region = rec.Extra.In(k.names)
		case placeCountry:
			pl.demonyms = rec.Extra.In(k.names)
		}
		out = append(out, pl)
	}
	return out
}

// lookupGiven returns the births of each sex recorded in the US from 1880
// to 2023 under a first name, given as its key ("mary"); ok is false for
// a word that is not a first name of at least 100 births. The counts tell
// the name's gender and, with their total, the prior that a capitalised
// word is a first name.
func lookupGiven(word string) (female, male uint32, ok bool) {
	sec, found := loadKnowledge().sections(word)
	if !found || !sec.Given {
		return 0, 0, false
	}
	return sec.Female, sec.Male, true
}

// lookupActor returns every reading of key as a political actor, names
// before aliases: "Putin" and "President Putin" are Vladimir Putin,
// "Bush" is each of the Bushes.
func lookupActor(key string) []actor {
	k := loadKnowledge()
	sec, ok := k.sections(key)
	if !ok || sec.Actors == "" {
		return nil
	}
	var out []actor
	for p := 0; p < len(sec.Actors); {
		r, q, ok := knowtab.NextRef(sec.Actors, p)
		if !ok {
			break
		}
		p = q
		rec := knowtab.ReadActor(knowtab.Record(k.actors, int(r.Index), knowtab.ActorSize))
		kind := KindOrganization
		if rec.Kind == knowtab.ActorPerson {
			kind = KindPerson
		}
		c := k.code(uint32(rec.Code))
		out = append(out, actor{Name: rec.Name.In(k.names), Kind: kind, Country: country(rec.Country),
			Code: c.code, Role: c.role, Alias: r.Form == 1, Acronym: r.Acronym})
	}
	return out
}

// lookupAgent returns the reading of key as the noun of a title or role:
// "foreign minister", "police", "ambassadors".
func lookupAgent(key string) (agent, bool) {
	k := loadKnowledge()
	sec, ok := k.sections(key)
	if !ok || !sec.HasAgent {
		return agent{}, false
	}
	c := k.code(sec.Agent.Index)
	return agent{Code: c.code, Role: c.role, Plural: sec.Agent.Form == 1}, true
}

// longestKey returns the most words of the keys that start with word, a
// key of one word: 0 when no key starts with it, 1 when only word itself
// is a key. A caller matching names over a run of tokens reads at most
// that many words from a token whose key is word. No key is longer than
// knowledgeMaxWords words.
func longestKey(word string) int {
	sec, ok := loadKnowledge().sections(word)
	switch {
	case !ok:
		return 0
	case sec.Longer > 0:
		return int(sec.Longer)
	case sec.Places == "" && !sec.Given && sec.Actors == "" && !sec.HasAgent:
		return 0
	}
	return 1
}
