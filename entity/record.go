package entity

// A record is a mention found in a window, kept until the end of the pass:
// its span, what sort of mention it is, and what its sentence says of it.
// Records hold no pointers, so that a long report's records cost the
// garbage collector nothing; every decision that needs the whole report
// (which entity a mention names, its kind, a pronoun's antecedent) is taken
// from them at the end.
type record struct {
	start, end int32   // the mention's bytes
	sent       int32   // its sentence's index in the article
	tok        int32   // its first token's index in the sentence, for distances within it
	kind       recKind // a name, a description, a pronoun...
	flags      recFlag
	cues       cue    // what its context says of its kind
	gender     gender // what its title, honorific or given name says
	pron       pronoun
	// title is the span of the title words said of it ("Foreign Minister"
	// of "Russian Foreign Minister Sergei Lavrov"); zero for none.
	title [2]int32
	// phrase is, for a description, the words that name its entity: "a
	// senior US official", "officials at the State Department".
	phrase [2]int32
	// aff is the record of the affiliation its title phrase or description
	// names ("Russian" of "Russian President", "Kremlin" of "Kremlin
	// spokesperson", "al-Qaida's" of "al-Qaida's leader"); -1 for none.
	aff int32
	// link is, for an apposition or a title before a name, the record of
	// the name it describes; for a pronoun, the record it may not refer to
	// (the subject of its own clause, for an object pronoun); -1 for none.
	link int32
	read reading // what the gazetteer and the knowledge tables say of a name
	head ID      // a description's head noun lemma: "official"
	ent  int32   // the entity it is resolved to, set at the end; -1 for none
}

// recKind tells what sort of mention a record is.
type recKind uint8

const (
	rName    recKind = iota + 1 // a name: "Vladimir Putin", "Nusra Front", "Texas"
	rTitle                      // a description by title: "the US secretary of state", "Russia's foreign minister"
	rAnon                       // an anonymous description: "a senior US official", "officials"
	rAppos                      // a description in apposition to a name: "Kerry, the secretary of state,"
	rPronoun                    // "he", "its", "they"
	rDemonym                    // a people's adjective or noun standing for their country: "Russian", "the Syrians"
)

// recFlag tells more of a record.
type recFlag uint16

const (
	fHeading   recFlag = 1 << iota // in a heading
	fQuoted                        // inside quotation marks
	fCaps                          // written in capitals: an acronym or a headline in capitals
	fPlural                        // a plural description or people
	fDef                           // a definite description: "the official"
	fSubject                       // the subject of a finite verb
	fObject                        // the object of a verb
	fPossessor                     // a possessor: "Russia's"
	fOpener                        // its first word opens the sentence, where a capital says little
	fCoord                         // coordinated with another noun group: "Kerry and Lavrov"
	fSpeaker                       // the subject of a verb of speech: "Jackson said"
	fSurname                       // a single word of a person's name
	fCalendar                      // the name of a month or day: "May", "Thursday"
	fMain                          // the subject of its sentence's main clause
	fMaybe                         // a sentence's first word, read as a common word: a name only if the report has it as one
	fAge                           // a description by age: "the 29-year-old"
)

// A gender is what a mention says of its entity's sex.
type gender int8

const (
	male   gender = 1
	female gender = 2
)

// A pronoun is what a pronoun says of its antecedent.
type pronoun struct {
	pcase  pcase
	number number
	gender gender // male or female for he/she; 0 for it and they
	neuter bool   // it, its
}

type pcase uint8

const (
	pSubj pcase = iota + 1 // he, she, it, they
	pObj                   // him, her, them
	pPoss                  // his, her, its, their
	pRefl                  // himself, itself, themselves
)

type number uint8

const (
	singular number = iota + 1
	plural
)

// A cue is a piece of evidence of a mention's kind, from its context.
// Every cue names the construction it comes from; kinds.go weighs them.
type cue uint32

const (
	cueTitle       cue = 1 << iota // a personal title before it: "President Obama", "coach Jane Moss"
	cueHonorific                   // "Mr. Smith", "Dr. Ali"
	cueGiven                       // its first word is a given name: "Paris Hilton"
	cueInitial                     // an initial inside it: "John F. Kennedy"
	cueSpeaker                     // the subject of a verb of speech or thought: "Jackson said"
	cueAge                         // an age after it: "Smith, 45,"
	cueApposPerson                 // an apposition that describes a person: "Smith, a teacher,"
	cueApposOrg                    // an apposition that describes an organisation: "Acme, a software company,"
	cueApposPlace                  // an apposition that describes a place: "Irving, a city near Dallas,"
	cueKin                         // owns a family noun or a life event: "Smith's wife", "his death"
	cueOrgHead                     // its last word heads organisations: "Labour Party", "Bank of England"
	cueOrgSuffix                   // a company or club suffix: "Acme Inc.", "Ajax FC"
	cueTeamPlural                  // a place and a plural noun: "Pittsburgh Pirates"
	cueAcronym                     // in capitals, as organisations are abbreviated: "NHL"
	cueStaff                       // names the employer of a title: "Google spokesman", "BBC reporter"
	cuePlaceHead                   // its last word heads places: "Hudson River", "Orange County"
	cueIn                          // after a preposition of place that companies seldom take: "in Seattle"
	cueAt                          // after at, from, to, into: "from Leeds", "at Google"
	cueBased                       // "Seattle-based"
	cueComma                       // a state or country after it: "Irving, Texas"
	cueRegionOf                    // a city's state or country after its comma: the "Texas" of "Irving, Texas"
	cueContest                     // a side of a contest: "Belgium beat Panama", "Leeds 2 Hull 1"
	cueCompetitor                  // a country in brackets after it, as results list athletes: "Jones (U.S.)"
	cueCommonNoun                  // its last word is a common noun, as in bodies' names and seldom in people's: "Barstool Sports"
	cuePlaceInName                 // a known place ends a name that is none: "Real Madrid", "Air France"
	cueBrand                       // a capital inside one word: "YouTube"
	cueTheName                     // after a capitalised "The" inside a sentence: "The Onion"
	cueFollowers                   // modifies a plural noun for people: "Trump supporters"
	cueClaimant                    // modifies a noun of what is said: "Obama remarks"
	cueActs                        // the subject of a verb that is neither "be" nor one of speech: "Davis was blocking"
	cueOffice                      // an office's title heads it: "Secretary of State", "Chair of the Space Council", "Home Secretary"
	cueOrgInName                   // a known organisation opens it: "BBC Radio Harbridge", "Fox News Channel"
)
