package text

import (
	"strings"
	"testing"
)

// tagged returns src's tokens as "word/TAG" separated by spaces.
func tagged(src string) string {
	s := Core().Read(src, 0, len(src))
	var b strings.Builder
	for i, tk := range s.Toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Text(src) + "/" + tk.Tag.String())
	}
	return b.String()
}

// TestTags checks the tags of words whose part of speech the words around
// them decide, on sentences in the styles of several desks.
func TestTags(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string // "word/TAG" pairs that must appear
	}{
		{`Russia backs the plan.`, []string{"backs/VERB", "plan/NOUN"}},
		{`The report shows a rise in support for the plan.`, []string{"report/NOUN", "shows/VERB", "support/NOUN"}},
		{`Officials say the election results show a clear swing.`, []string{"say/VERB", "results/NOUN", "show/VERB"}},
		{`He would not back the deal, but they want to back it.`, []string{"back/VERB", "to/TO"}},
		{`Brown said the talks had failed.`, []string{"Brown/NAME", "said/VERB", "talks/NOUN", "had/AUX", "failed/VERB"}},
		{`Police said the suspect had been released.`, []string{"Police/NOUN", "been/AUX", "released/VERB"}},
		{`That was it, she said.`, []string{"That/PRON"}},
		{`He said that plan would fail.`, []string{"that/DET", "plan/NOUN"}},
		{`She told reporters that the talks were over.`, []string{"that/SUB"}},
		{`The plan that failed was his.`, []string{"that/REL"}},
		{`Nick Bos, of the University of Helsinki, studies ants.`, []string{"studies/VERB"}},
		{`We could just look at them for hours.`, []string{"just/ADV", "look/VERB"}},
		{`It was a pun referencing the game.`, []string{"referencing/VERB"}},
		{`He's gone, but Trump's aides stayed.`, []string{"'s/AUX", "'s/POSS"}},
		{`US officials met NATO envoys in the U.S.`, []string{"US/NAME", "NATO/NAME"}},
		{`MAYOR VOWS TO FIGHT ON AS COUNCIL VOTES`, []string{"VOWS/VERB", "TO/TO", "FIGHT/VERB"}},
		{`Mayor Vows to Fight On as Council Votes`, []string{"Vows/VERB", "Fight/VERB"}},
		{`Shares rose 3% after the company reported profits.`, []string{"after/SUB"}},
		{`The pro-Assad forces of al-Qaida met at an eight-page meeting.`, []string{"pro-Assad/ADJ", "al-Qaida/NAME", "eight-page/ADJ"}},
	} {
		got := " " + tagged(c.src) + " "
		for _, w := range c.want {
			if !strings.Contains(got, " "+w+" ") {
				t.Errorf("%s\n  missing %s\n  have %s", c.src, w, got)
			}
		}
	}
}

func TestOtherIsAdjective(t *testing.T) {
	for _, c := range []readingCase{
		{"other-before-noun", "The speech was praised by other European nations.", []string{"other/ADJ", "was praised agent=other European nations"}},
	} {
		checkReading(t, c)
	}
}

func TestNamesAtStart(t *testing.T) {
	for _, c := range []readingCase{
		{"possessive", "Brown's supporters rallied outside the court.", []string{"Brown/NAME", "rallied subj=supporters"}},
		{"verb-before-aux", "Trump has responded with attacks on Machado.", []string{"Trump/NAME", "has responded subj=Trump"}},
		{"verb-before-said", "Trump said Clinton was wrong.", []string{"Trump/NAME"}},
		{"verb-before-title-name", "Trump critic Mark Cuban said he would back Clinton.", []string{"Trump/NAME"}},
		{"imperative", "Trust the process, the coach said.", []string{"Trust/VERB"}},
		{"adjective-start", "Young voters backed the plan.", []string{"Young/ADJ"}},
	} {
		checkReading(t, c)
	}
}

func TestNounOrOther(t *testing.T) {
	for _, c := range []readingCase{
		{"noun-after-possessive", "The minister's quarrel with the unions has deepened.", []string{"quarrel/NOUN"}},
		{"noun-modal", "It uses its military might to prop up the regime.", []string{"might/NOUN", "might/NOUN"}},
		{"modal", "The military might intervene.", []string{"might/MODAL"}},
		{"name-not-plural", "Expressing US support for Saudi Arabia, he spoke.", []string{"support/NOUN"}},
		{"adverb-before-aux", "It is a pact Moscow long had wanted.", []string{"long/ADV"}},
		{"noun-not-verb", "Our efforts to go after tax cheats will continue.", []string{"cheats/NOUN"}},
	} {
		checkReading(t, c)
	}
}

// TestDemonymTags checks the tags of demonyms, from the generated word
// file, and of names spelt like them.
func TestDemonymTags(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string // "word/TAG" that the reading must hold
	}{
		// foreign desk: demonyms from the generated word file
		{`Russian President Vladimir Putin met Syrian rebels on Tuesday.`, []string{"Russian/ADJ", "President/NAME", "Syrian/ADJ", "rebels/NOUN"}},
		{`The Russians said the French would not attend.`, []string{"Russians/NOUN"}},
		{`Lavrov said he had spoken to German Chancellor Angela Merkel.`, []string{"German/ADJ", "Chancellor/NAME"}},
		{`A Frenchman and two Britons were hurt.`, []string{"Frenchman/NOUN", "Britons/NOUN"}},
		// a word the table does not know is a noun after a modifier
		{`The group's Syrian affiliate claimed the attack.`, []string{"affiliate/NOUN", "claimed/VERB"}},
		{`Police said a lone gunwoman opened fire.`, []string{"gunwoman/NOUN", "opened/VERB"}},
		// a name of common words in running text; a headline in title case
		{`Supporters of Black Lives Matter marched on Saturday.`, []string{"Black/NAME", "Lives/NAME", "Matter/NAME", "marched/VERB"}},
		{`Lavrov Meets Kerry as Talks Resume`, []string{"Lavrov/NAME", "Meets/VERB", "Kerry/NAME", "Talks/NOUN"}},
		{`Lavrov Meets Kerry`, []string{"Lavrov/NAME", "Meets/VERB", "Kerry/NAME"}},
		{`Fans of Led Zeppelin queued.`, []string{"Led/NAME", "Zeppelin/NAME"}},
		// a word known as a verb opens a sentence as a name before an
		// adverb and a verb, or a comma
		{`Trump also accused Clinton of lying.`, []string{"Trump/NAME", "accused/VERB", "Clinton/NAME"}},
		{`Trump, on the other hand, has said little.`, []string{"Trump/NAME"}},
		{`Note that the polls closed at eight.`, []string{"Note/VERB"}},
		// modifiers before a name and a noun
		{`On most issues, the lanky Cotton, a rising star in the party, has emerged as a hawk.`, []string{"lanky/ADJ", "Cotton/NAME", "rising/ADJ", "star/NOUN"}},
		// a citation or list number before a sentence's first word
		{`[20] However, Dumas is alone in this assertion.`, []string{"However/ADV", "Dumas/NAME"}},
		{`Yeah, I see O.J. Simpson.`, []string{"Yeah/ADV", "Simpson/NAME"}},
		// a row of results is no headline
		{`2. Jearl Miles (U.S.) 50.42`, []string{"Jearl/NAME", "Miles/NAME"}},
		// common nouns and stressed words in capitals are no names
		{`It prevents study of DNA and of the GDP of Israel.`, []string{"DNA/NOUN", "GDP/NOUN", "Israel/NAME"}},
		{`The manual needs to be high quality AND comprehensive.`, []string{"AND/CONJ"}},
		{`It was reported by the SITE Intelligence Group.`, []string{"SITE/NAME", "Intelligence/NAME"}},
		// sport: a fixture list in capitals
		{`CHICAGO AT TORONTO`, []string{"CHICAGO/NAME", "AT/PREP", "TORONTO/NAME"}},
		{`US officials said IS had claimed it.`, []string{"US/NAME", "IS/NAME"}},
		{`Over 900 asylum seekers rescued off Indonesian coast`, []string{"seekers/NOUN", "Indonesian/ADJ"}},
		// wire: a country named like a people is a name
		{`The Philippines recalled its ambassador.`, []string{"Philippines/NAME"}},
	} {
		got := " " + tagged(c.src) + " "
		for _, w := range c.want {
			if !strings.Contains(got, " "+w+" ") {
				t.Errorf("%q:\n got %s\nwant %s", c.src, got, w)
			}
		}
	}
}

func TestFunctionWords(t *testing.T) {
	for _, c := range []readingCase{
		{"idiom", "Peskov said in general Russia favoured cooperation.", []string{"general/ADV", "favoured subj=Russia"}},
		{"idiom-before-noun", "They spoke in general terms.", []string{"in/PREP"}},
		{"once-before-verb", "Tom Hale, who once ran the academy, criticized the board.", []string{"once/ADV", "criticized subj=Tom Hale"}},
		{"that-relative", "Mayor Diane Fox posted a reply that assailed Councilman Reyes.", []string{"that/REL", "assailed subj=a reply"}},
		{"that-complement", "The claim that Russia backed the plan was false.", []string{"that/SUB"}},
		{"apostrophe-possessive", "Apex Motors' feud with its dealer dragged on.", []string{"'/POSS"}},
		{"acronym-after-adjective", "Top US envoy John Kerry met Putin.", []string{"Top/NOUN", "met subj=Top US envoy John Kerry"}},
	} {
		checkReading(t, c)
	}
}

func TestTagsInContext(t *testing.T) {
	for _, c := range []readingCase{
		{"verb-name-adverb", "Trump also accused Clinton of lying.", []string{"Trump/NAME", "also accused subj=Trump"}},
		{"participle-adjective", "Cotton is a rising star in the party.", []string{"rising/ADJ"}},
		{"participle-verb", "Prices are rising fast.", []string{"rising/VERB"}},
		{"singular-determiner", "It was another show of support for Assad.", []string{"another/DET"}},
		{"adverb-in-verb-group", "Kelly Ayotte is still supporting Trump.", []string{"still/ADV", "is still supporting obj=Trump"}},
		{"initial", "Former Senator Joseph I. Lieberman praised her.", []string{"I./NAME", "praised subj=Former Senator Joseph I. Lieberman"}},
	} {
		checkReading(t, c)
	}
}

func TestAuxiliaryBeforeAdverb(t *testing.T) {
	for _, c := range []readingCase{
		{"long-wanted", "It is a treaty Paris had long wanted, but Berlin resisted.", []string{"had/AUX", "wanted/VERB"}},
	} {
		checkReading(t, c)
	}
}

// TestAdjectiveBeforePreposition: an adjective that may be a noun, after a
// noun and before its preposition, is the adjective: "a source close to
// the couple".
func TestAdjectiveBeforePreposition(t *testing.T) {
	for _, c := range []readingCase{
		{"tabloid", `A source close to the couple said they had split.`, []string{"close/ADJ", "said subj=A source"}},
		{"wire", `Officials familiar with the talks said a deal was near.`, []string{"familiar/ADJ", "said subj=Officials"}},
		{"noun-stays", `The close of trading brought relief.`, []string{"close/NOUN"}},
		{"verb-stays", `Republicans wanted to know who had approved it.`, []string{"wanted/VERB"}},
	} {
		checkReading(t, c)
	}
}

// TestShoutedVerb: a tensed verb set in capitals for stress is a verb; a
// short word in capitals stays an acronym.
func TestShoutedVerb(t *testing.T) {
	for _, c := range []readingCase{
		{"tabloid", `Soap star Jessie Lane SLAMS ex over split claims`, []string{"SLAMS/VERB"}},
		{"tabloid-past", `Minister BLASTED over care home deaths`, []string{"BLASTED/VERB"}},
		{"acronym", `The IS fighters withdrew from the town.`, []string{"IS/NAME"}},
	} {
		checkReading(t, c)
	}
}

// TestCapsHeadlineCommonWords: in a headline set in capitals the common
// words of sport are words, not names: wires slug sport stories "SOCCER -",
// "RUGBY UNION -".
func TestCapsHeadlineCommonWords(t *testing.T) {
	for _, c := range []readingCase{
		{"wire-slug", "SOCCER - AZERBAIJAN BEAT SWITZERLAND IN WORLD CUP QUALIFIER.", []string{"SOCCER/NOUN", "QUALIFIER/NOUN", "AZERBAIJAN/NAME"}},
		{"wire-tennis", "TENNIS - SELES WINS IN MONTREAL.", []string{"TENNIS/NOUN", "SELES/NAME"}},
	} {
		checkReading(t, c)
	}
}
