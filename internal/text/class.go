package text

import (
	"strings"
)

// A Class is a set of word classes: what the word table knows of a word
// form, and what the tokenizer adds from its shape.
type Class uint64

// Word classes. A form may be in several: "report" is a noun and a verb,
// "that" a determiner, a subordinator and a relative.
const (
	// grammar
	Det   Class = 1 << iota // a, the, this, some
	Quant                   // many, several, most, dozens
	Num                     // one, two, hundred, dozen; a number in digits
	Ord                     // first, second, last, next
	Pron                    // he, them, its, someone
	Prep                    // of, in, according, to
	Conj                    // and, or, but
	Sub                     // because, although, if, that
	Rel                     // who, which, that, whose
	Wh                      // what, who, how, why
	Aux                     // be, have and do forms, modals
	Be                      // is, was, been, 's
	Have                    // has, had, 've
	Do                      // does, did
	Modal                   // will, would, could, may, 'll
	Neg                     // not, n't, never, no
	Adv                     // adverbs
	Adj                     // adjectives
	Verb                    // verb forms
	Noun                    // common nouns
	Poss                    // the possessive 's

	// pronoun and noun features
	P1         // first person: I, we
	P2         // second person: you
	P3         // third person: he, they
	Sg         // singular
	Pl         // plural: they, officials
	Male       // he, him, Mr, king, spokesman
	Female     // she, her, Mrs, queen, spokeswoman
	Neuter     // it, its
	Subj       // subject case: he, they
	Obj        // object case: him, them
	Possessive // possessive determiner: his, their
	Refl       // reflexive: himself

	// verb forms
	Base  // say, be
	Pres3 // says, is
	Past  // said, was
	Part  // said, been: the past participle
	Ing   // saying

	// verb classes, given on the lemma
	Speech     // say, tell, warn, claim, deny
	Cognition  // believe, think, expect, fear; sure, afraid
	Perception // see, seem, appear, look
	Evaluation // criticise, praise, accuse, call, describe
	Finding    // find, show, reveal, conclude
	Intention  // want, plan, vow, promise
	Refusal    // refuse, decline, fail, avoid
	Control    // takes a to-infinitive: want, try, agree
	Telling    // a person object before the content: tell, inform, assure
	Publish    // a medium reports: report, quote, cite

	// noun classes
	Title      // president, minister, spokesman, coach
	Person     // man, official, analyst, resident
	Group      // government, police, team, council
	SpeechNoun // claim, statement, allegation, view
	Document   // report, study, poll, letter, tweet
	OrgHead    // the last word of an organisation's name: Party, Ministry, University, Times
	OrgSuffix  // Inc, Corp, Ltd, FC
	PlaceHead  // the last word of a place's name: City, County, River, Street
	Honorific  // Mr, Mrs, Dr, Sir
	Kin        // father, daughter, wife

	// time
	Month    // January, Jan
	Weekday  // Monday, Mon
	Season   // spring, summer
	TimeUnit // day, week, year
	TimeWord // today, yesterday, tonight, morning

	// Demonym is a people's adjective or noun: Russian, Russians, French
	Demonym
)

// Has reports whether c has every class of m.
func (c Class) Has(m Class) bool { return c&m == m }

// Any reports whether c has a class of m.
func (c Class) Any(m Class) bool { return c&m != 0 }

// classNames names the classes in the order of their bits, as the word
// table's data files write them.
var classNames = [...]string{
	"det", "quant", "num", "ord", "pron", "prep", "conj", "sub", "rel", "wh", "aux", "be", "have", "do",
	"modal", "neg", "adv", "adj", "verb", "noun", "poss",
	"p1", "p2", "p3", "sg", "pl", "male", "female", "neuter", "subj", "obj", "possessive", "refl",
	"base", "pres3", "past", "part", "ing",
	"speech", "cognition", "perception", "evaluation", "finding", "intention", "refusal", "control",
	"telling", "publish",
	"title", "person", "group", "speechnoun", "document", "orghead", "orgsuffix", "placehead",
	"honorific", "kin",
	"month", "weekday", "season", "timeunit", "timeword",
	"demonym",
}

// ClassByName returns the class named s in the data files: "speech",
// "speechnoun"; for stages whose own data names classes.
func ClassByName(s string) (Class, bool) { return classByName(s) }

// classByName returns the class named s in the data files.
func classByName(s string) (Class, bool) {
	for i, n := range classNames {
		if n == s {
			return 1 << i, true
		}
	}
	return 0, false
}

// String returns the names of c's classes separated by spaces.
func (c Class) String() string {
	var b strings.Builder
	for i, n := range classNames {
		if c&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}
