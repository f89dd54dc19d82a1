package entity

import (
	"strings"
	"sync"
)

// The word lists of English news writing that mention finding uses. They
// are built once, lazily, and never modified.

// A wordSet is one list; its bit marks its words in lexicon.classes, so a
// token is classified by one look-up.
type wordSet struct {
	bit uint32
	m   map[string]struct{}
}

func (s wordSet) has(w string) bool { _, ok := s.m[w]; return ok }

// titleCase is the package's titleCase, without allocating for words of the
// lexicon.
func (l *lexicon) titleCase(w []byte) string {
	if t, ok := l.titleCased[string(w)]; ok {
		return t
	}
	return titleCase(string(w))
}

// in reports whether w is in s, by the lexicon's table.
func (l *lexicon) in(w []byte, s wordSet) bool { return l.classTab.get(w)&s.bit != 0 }

// Class bits of words that are not in a wordSet.
const (
	clAnonHead uint32 = 1 << 30 // a head of an anonymous description
	clPlural   uint32 = 1 << 31 // a plural head
)

type lexicon struct {
	titles     wordSet           // heads of title phrases: "president", "spokesman"
	titleMods  wordSet           // words inside title phrases: "foreign", "deputy"
	male       wordSet           // titles that tell a man
	female     wordSet           // titles that tell a woman
	honorifics wordSet           // "mr", "mrs": gender, not a title
	classes    map[string]uint32 // word → the bits of its lists
	classTab   strTable          // classes, for look-ups per token
	scanMask   uint32            // see lex
	titleCased map[string]string // titleCase of every word in classes
	anonDets   wordSet           // "a", "another", "several"
	anonMods   wordSet           // "senior", "unnamed"
	orgWords   wordSet           // last words of organisation names
	particles  wordSet           // name particles: "al", "bin", "van"
	stop       wordSet           // capitalised words that are not names
	locPreps   wordSet           // prepositions before places
	affilPreps wordSet           // prepositions that give an affiliation: "officials at the Pentagon"
	speech     wordSet           // speech verbs
	leaderOf   wordSet           // "the Obama administration"
	suffixes   wordSet           // "-backed" after a name
	groupNouns wordSet           // "affiliate", "branch": apposition of an organisation
	pronouns   wordSet           // the pronouns that doc.pronoun resolves
	runBreak   wordSet           // function words that end a run of capitals
	adjTitles  wordSet           // title words that are also adjectives: "major", "chief"
}

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{classes: map[string]uint32{}}
	*l = lexicon{classes: l.classes,
		titles: l.set(1, `president presidents minister ministers secretary spokesman spokeswoman spokesperson envoy
			ambassador chancellor premier king queen prince princess emperor senator sen governor gov mayor
			general gen admiral adm colonel col lieutenant lt major maj captain capt sergeant sgt commander
			chief director chairman chairwoman chairperson leader head representative rep congressman
			congresswoman judge justice prosecutor attorney diplomat negotiator adviser advisor aide deputy
			pope cardinal archbishop bishop rabbi imam sheikh ayatollah cleric coach ceo executive founder
			official emir sultan monarch commissioner ambassador superintendent inspector mp lawmaker
			dr prof professor vice-president speaker secretary-general governor-general marshal field`),
		titleMods: l.set(2, `foreign defense defence interior prime vice deputy state general top senior former acting
			chief assistant under ministry house department office press national security finance economy
			economic trade justice health education energy army military of affairs intelligence supreme
			opposition rebel party federal regional special presidential high commissioner attorney
			white minority majority senate foreign-policy communications political militia`),
		male:       l.set(3, `spokesman king prince emperor congressman chairman mr sir lord sheikh emir sultan`),
		female:     l.set(4, `spokeswoman queen princess congresswoman chairwoman mrs ms miss madam dame lady`),
		honorifics: l.set(5, `mr mrs ms miss sir dame lady lord madam mme m`),
		anonDets:   l.set(6, `a an another one two three four five six several some many few other most numerous dozens the these those`),
		anonMods: l.set(7, `senior top high-ranking ranking former unnamed anonymous western foreign military government
			administration intelligence security defense defence diplomatic local regional congressional
			current other senior-level mid-level high-level administration-level pessimistic skeptical
			sceptical knowledgeable independent outside opposition rebel police health humanitarian`),
		orgWords: l.set(8, `front department ministry agency party council army brigade brigades committee commission bank
			union organization organisation institute university court corp corporation inc ltd plc llc group
			news post times journal office assembly parliament senate congress forces force guard guards
			police service services fund foundation association federation movement alliance coalition network
			company airlines airways authority board bureau centre center school college hospital church club
			league tribune herald telegraph daily television tv radio cabinet navy command academy society
			programme program observatory watch mission reserve exchange treasury militia battalion division
			corps regiment council caucus directorate secretariat`),
		particles: l.set(9, `al el bin ibn abu bint ben van der den de da di du dos das del della la le von ter`),
		stop: l.set(10, `the a an and or but if as at by for from in into of off on onto out over per than that
			this these those to up upon with without he she it they we i you his her its their our my your
			him them us me there here when while where which who whom whose what why how after before
			during since until although though because however meanwhile still yet so also then thus
			hence instead indeed moreover furthermore nevertheless nonetheless otherwise some many most
			much more few several all any each every both either neither no not nor one two three four
			five six seven eight nine ten first second third last next other another such only even just
			now today yesterday tomorrow tonight earlier later according ahead despite amid among
			between within without about against around asked speaking writing sitting standing
			hopefully unfortunately fortunately clearly obviously perhaps maybe certainly nearly
			opposition monday tuesday wednesday thursday friday saturday sunday january february march
			april may june july august september october november december is are was were be been
			being has have had do does did will would shall should can could might must let yes oh
			islamic muslim muslims christian christians jewish sunni shia shiite
			arab arabs kurdish kurds english arabic internet web god`),
		locPreps:   l.set(11, `in near outside inside throughout across into towards toward via`),
		affilPreps: l.set(12, `at of from in with for`),
		speech: l.set(13, `said says say told tells added adds noted notes warned warns stressed stresses insisted
			insists argued argues claimed claims stated states declared declares announced announces
			explained explains replied replies wrote writes asked asks confirmed confirms denied denies`),
		leaderOf:   l.set(14, `administration government regime cabinet presidency camp`),
		suffixes:   l.set(15, `backed based led linked allied controlled held run born style era made funded friendly leaning bound wide owned affiliated inspired brokered sponsored aligned`),
		runBreak:   l.set(16, `the a an and or but in on at to with by from he she it they we i you his her its their our this that these those is are was were as if`),
		adjTitles:  l.set(17, `major general chief head executive official field vice deputy prime senior leader judge coach`),
		groupNouns: l.set(18, `affiliate branch wing offshoot arm faction ally proxy franchise partner subsidiary unit`),
		pronouns:   l.set(19, `he him his she her they them their`),
	}
	for _, p := range strings.Fields(`official:officials source:sources diplomat:diplomats spokesman:spokesmen
		spokeswoman:spokeswomen spokesperson:spokespeople critic:critics analyst:analysts aide:aides
		adviser:advisers advisor:advisors officer:officers lawmaker:lawmakers expert:experts
		observer:observers negotiator:negotiators commander:commanders minister:ministers activist:activists
		witness:witnesses resident:residents investigator:investigators prosecutor:prosecutors
		-:authorities leader:leaders member:members representative:representatives legislator:legislators
		senator:senators general:generals mp:mps monitor:monitors insider:insiders envoy:envoys
		-:militants -:rebels -:insurgents -:fighters -:protesters -:protestors -:opponents -:supporters
		-:campaigners -:politicians -:investors -:economists -:police -:troops -:soldiers -:diplomats`) {
		s, pl, _ := strings.Cut(p, ":")
		if s != "-" {
			l.classes[s] |= clAnonHead
		}
		l.classes[pl] |= clAnonHead | clPlural
	}
	l.classTab = newStrTable(l.classes)
	// the lists a word must be in for doc.scan to look at it, unless it is
	// capitalised or a number
	l.scanMask = l.anonDets.bit | clAnonHead | l.titles.bit | l.anonMods.bit | l.titleMods.bit | l.particles.bit | l.pronouns.bit
	l.titleCased = make(map[string]string, len(l.classes))
	for w := range l.classes {
		l.titleCased[w] = titleCase(w)
	}
	return l
})

// set makes the n-th word list.
func (l *lexicon) set(n int, words string) wordSet {
	ws := wordSet{bit: 1 << n, m: map[string]struct{}{}}
	for _, w := range strings.Fields(words) {
		ws.m[w] = struct{}{}
		l.classes[w] |= ws.bit
	}
	return ws
}
