package entity

import (
	"sync"

	"github.com/newsmodel/newsmodel/internal/text"
)

// vocab holds the IDs, in the shared word table, of the words the rules of
// this package name: rules compare IDs looked up once, never strings.
type vocab struct {
	the, a, an, of, for_, and, on, by, with, said ID
	this, that, these, those                      ID
	// prepositions before a place: "in Moscow", "from Leeds"
	in, at, from, to, into, near, across, throughout, inside, outside, around, toward, towards, via ID
	// the last parts of compounds after a name: "Seattle-based", "Obama-era"
	based, era ID
	// lemmas of verbs whose subject and object are sides of a contest:
	// "Belgium beat Panama", "Leeds drew with Hull"
	contest [14]ID
	// "v", "vs": the sides of a fixture
	v, vs ID
	// modifiers of a title that are no part of it: "top US envoy"
	top, senior, former, then ID
	// particles inside names, left out when names are compared: "Bashar
	// al Assad" is "Bashar Assad"
	particles [16]ID
	// words that open the names of places made of places: "New Delhi",
	// "North Dakota", "Greater Manchester"
	compass [15]ID
	// verbs whose subject "it" is no actor: "it seems", "it appears"
	seem, appear ID
	// the third-person pronouns
	he, him, his, himself, she, her, hers, herself, it, its, itself, they, them, their, theirs, themselves ID
	// words that open a credit or a copyright line
	image, photo, picture, credit, source, copyright ID
	// "members of the Sea Org": what people are members of is a body
	member ID
	// lemmas of the last words of the names of events and awards: "Vietnam
	// War", "Pulitzer Prize", "Cannes Film Festival"
	events [13]ID
	// lemmas of nouns of works, whose titles follow them: "the TV series
	// Supernatural", "the film House of Wax", "her novel Beloved"
	works [16]ID
	// lemmas of words that end street and landscape names and are common
	// surnames too: "Lane", "Hill", "Green"
	placeSurnames [11]ID
}

// ID is the word table's ID type.
type ID = text.ID

var words = sync.OnceValue(func() *vocab {
	id := text.Core().ID
	v := &vocab{
		the: id("the"), a: id("a"), an: id("an"), of: id("of"), for_: id("for"), and: id("and"), on: id("on"),
		by: id("by"), with: id("with"), said: id("said"),
		this: id("this"), that: id("that"), these: id("these"), those: id("those"),
		in: id("in"), at: id("at"), from: id("from"), to: id("to"), into: id("into"), near: id("near"),
		across: id("across"), throughout: id("throughout"), inside: id("inside"), outside: id("outside"),
		around: id("around"), toward: id("toward"), towards: id("towards"), via: id("via"),
		based: id("based"), era: id("era"), seem: id("seem"), appear: id("appear"), v: id("v"), vs: id("vs"),
		top: id("top"), senior: id("senior"), former: id("former"), then: id("then"),
		he: id("he"), him: id("him"), his: id("his"), himself: id("himself"), she: id("she"), her: id("her"),
		hers: id("hers"), herself: id("herself"), it: id("it"), its: id("its"), itself: id("itself"),
		they: id("they"), them: id("them"), their: id("their"), theirs: id("theirs"), themselves: id("themselves"),
		image: id("image"), photo: id("photo"), picture: id("picture"), credit: id("credit"), source: id("source"),
		copyright: id("copyright"), member: id("member"),
	}
	for i, w := range []string{"beat", "defeat", "draw", "lose", "face", "play", "host", "thrash", "edge", "rout",
		"trounce", "overcome", "eliminate", "upset"} {
		v.contest[i] = id(w)
	}
	for i, w := range []string{"war", "prize", "award", "festival", "cup", "summit", "championship", "tournament",
		"marathon", "trophy", "medal", "massacre", "expo"} {
		v.events[i] = id(w)
	}
	for i, w := range []string{"lane", "hill", "park", "wood", "field", "green", "brook", "hall", "marsh", "moor", "grove"} {
		v.placeSurnames[i] = id(w)
	}
	for i, w := range []string{"film", "movie", "series", "show", "sitcom", "album", "single", "song", "book", "novel",
		"play", "musical", "documentary", "opera", "episode", "painting"} {
		v.works[i] = id(w)
	}
	for i, w := range []string{"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "old",
		"upper", "lower", "greater", "central", "inner"} {
		v.compass[i] = id(w)
	}
	for i, w := range []string{"al", "el", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "da", "di",
		"du", "del", "la", "le"} {
		v.particles[i] = id(w)
	}
	return v
})

// isParticle reports whether w is a particle inside names: "al", "van".
func (v *vocab) isParticle(w ID) bool {
	for _, p := range v.particles {
		if w == p && w != 0 {
			return true
		}
	}
	return false
}

// isPlaceSurname reports whether lemma is that of a word ending street
// and landscape names that is a common surname too.
func (v *vocab) isPlaceSurname(lemma ID) bool {
	for _, w := range v.placeSurnames {
		if lemma == w && w != 0 {
			return true
		}
	}
	return false
}

// isWork reports whether lemma is that of a noun of works, whose titles
// follow it: "the TV series Supernatural".
func (v *vocab) isWork(lemma ID) bool {
	for _, w := range v.works {
		if lemma == w && w != 0 {
			return true
		}
	}
	return false
}

// isEvent reports whether t, a word of a name, heads the names of events,
// awards and documents: "War", "Prize", "Festival", "Act", "Report".
func (v *vocab) isEvent(t *text.Token) bool {
	if t.Class&text.Document != 0 {
		return true
	}
	l := text.Core().Entry(t.ID).Lemma
	for _, e := range v.events {
		if l == e && l != 0 {
			return true
		}
	}
	return false
}

// isContest reports whether lemma is that of a verb of a contest: beat,
// defeat, draw, face.
func (v *vocab) isContest(lemma ID) bool {
	for _, c := range v.contest {
		if lemma == c && lemma != 0 {
			return true
		}
	}
	return false
}

// placePrep tells how strongly a preposition before a name says it is a
// place: 2 for "in", "near", "across" (a company is seldom in anything), 1
// for "at", "from", "to", "into" (one works at Google and writes to
// Congress), 0 for the rest.
func (v *vocab) placePrep(w ID) int {
	switch w {
	case 0:
		return 0
	case v.in, v.near, v.across, v.throughout, v.inside, v.outside, v.around, v.toward, v.towards, v.via:
		return 2
	case v.at, v.from:
		return 1
	}
	return 0
}

// isCardinalPoint reports whether w is "north", "south", "east" or
// "west": the last word of regions' names ("Middle East", "Far East").
func (v *vocab) isCardinalPoint(w ID) bool {
	return w != 0 && (w == v.compass[0] || w == v.compass[1] || w == v.compass[2] || w == v.compass[3])
}

// isCompass reports whether w opens names of places made of places:
// "North", "New", "Greater".
func (v *vocab) isCompass(w ID) bool {
	for _, c := range v.compass {
		if w == c && w != 0 {
			return true
		}
	}
	return false
}
