package text

import "testing"

func TestTags(t *testing.T) {
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
