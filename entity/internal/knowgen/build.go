package main

import (
	"cmp"
	"slices"

	"github.com/newsmodel/newsmodel/entity/internal/knowtab"
)

// A builder gathers the records and keys of the tables.
type builder struct {
	places    []placeRec
	placeKeys map[string][]knowtab.Ref
	actors    []actorRec
	actorKeys map[string][]knowtab.Ref
	actorIDs  map[actorID]int
	given     map[string][2]uint32
	agents    map[string]agentRec
	warns     []warning

	geo      *geo // countries, regions and cities, for classifying dictionary phrases
	dropped  map[string]int
	demonyms []demonymForm // every country's demonyms and nouns for its people, for the word table
}

// A placeRec is a place before encoding.
type placeRec struct {
	name    string
	kind    uint8
	flags   uint8
	country string
	pop     uint32
	extra   string
}

// An actorRec is an actor before encoding.
type actorRec struct {
	name    string
	kind    uint8
	country string
	code    string
}

type actorID struct {
	key     string
	kind    uint8
	country string
}

// An agentRec is an agent before encoding.
type agentRec struct {
	code   string
	plural bool
}

func build(in *inputs) (*builder, error) {
	b := &builder{
		placeKeys: map[string][]knowtab.Ref{},
		actorKeys: map[string][]knowtab.Ref{},
		actorIDs:  map[actorID]int{},
		given:     map[string][2]uint32{},
		agents:    map[string]agentRec{},
		dropped:   map[string]int{},
	}
	if err := b.readGiven(in.src[srcGiven]); err != nil {
		return nil, err
	}
	g, err := readGeo(in)
	if err != nil {
		return nil, err
	}
	b.geo = g
	var dicts [][]dictEntry
	for _, i := range []int{srcPetrarchCountries, srcPetrarchInternational} {
		es, ws := parseActors(in.src[i].file, in.src[i].text)
		b.warns = append(b.warns, ws...)
		dicts = append(dicts, es)
	}
	cls := b.classify(dicts)
	b.addPlaces(cls)
	b.addActors(cls)
	ags, ws := parseAgents(in.src[srcAgents].file, in.src[srcAgents].text)
	b.warns = append(b.warns, ws...)
	b.addAgents(ags)
	return b, nil
}

// addPlaceKey adds a reading of key, keeping the strongest form of each
// place.
func (b *builder) addPlaceKey(k string, place int, form uint8, acronym bool) {
	if !usableKey(k) {
		return
	}
	refs := b.placeKeys[k]
	for i, r := range refs {
		if int(r.Index) == place {
			if form < r.Form {
				refs[i].Form = form
			}
			refs[i].Acronym = refs[i].Acronym && acronym
			return
		}
	}
	b.placeKeys[k] = append(refs, knowtab.Ref{Index: uint32(place), Form: form, Acronym: acronym})
}

// addActorKey adds a reading of key.
func (b *builder) addActorKey(k string, actor int, alias, acronym bool) {
	if !usableKey(k) {
		return
	}
	form := uint8(0)
	if alias {
		form = 1
	}
	refs := b.actorKeys[k]
	for i, r := range refs {
		if int(r.Index) == actor {
			refs[i].Form = min(r.Form, form)
			refs[i].Acronym = r.Acronym && acronym
			return
		}
	}
	b.actorKeys[k] = append(refs, knowtab.Ref{Index: uint32(actor), Form: form, Acronym: acronym})
}

// usableKey reports whether k can name something in running text: two
// bytes at least, and short enough for the table.
func usableKey(k string) bool {
	return len(k) >= 2 && len(k) <= knowtab.MaxKey
}

// maxCityReadings bounds the cities one key may name: the biggest of each
// country, then the biggest of those.
const maxCityReadings = 6

// maxActorReadings bounds the actors one key may name.
const maxActorReadings = 8

// placeReadings orders and trims the readings of a key: every country,
// region and other place, and the biggest city of each country, at most
// maxCityReadings of those; all by population, the biggest first.
func (b *builder) placeReadings(refs []knowtab.Ref) []knowtab.Ref {
	byPop := func(x, y knowtab.Ref) int {
		px, py := b.places[x.Index], b.places[y.Index]
		return cmp.Or(cmp.Compare(py.pop, px.pop), cmp.Compare(x.Form, y.Form), cmp.Compare(x.Index, y.Index))
	}
	var other, cities []knowtab.Ref
	for _, r := range refs {
		if b.places[r.Index].kind == knowtab.PlaceCity {
			cities = append(cities, r)
		} else {
			other = append(other, r)
		}
	}
	slices.SortFunc(cities, byPop)
	seen := map[string]bool{}
	var keep []knowtab.Ref
	for _, r := range cities {
		if c := b.places[r.Index].country; !seen[c] && len(keep) < maxCityReadings {
			seen[c] = true
			keep = append(keep, r)
		}
	}
	all := append(other, keep...)
	slices.SortFunc(all, byPop)
	return all
}
