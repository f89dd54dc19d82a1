package text

import "testing"

func TestSubjects(t *testing.T) {
	for _, c := range []readingCase{
		{"appos-with-prep", "Brett McGurk, President Obama's special envoy to the coalition, expressed his support.", []string{"expressed subj=Brett McGurk"}},
		{"parenthetical-prep", "The Bahraini monarchy, in turn, accuses Iran of meddling.", []string{"accuses subj=The Bahraini monarchy"}},
		{"parenthetical-adverb", "The minister, however, rejected the plan.", []string{"rejected subj=The minister"}},
		{"list-no-parenthetical", "Russia, Iran and Syria backed the plan.", []string{"backed subj=Russia"}},
		{"appos-with-relative", "The Miners Union, a trade group that represents 9,000 workers, endorsed the senator.", []string{"endorsed subj=The Miners Union"}},
		{"appos-with-relative-who", "Dr. Ana Ruiz, a surgeon who led the trial, said the results were clear.", []string{"said subj=Dr. Ana Ruiz"}},
		{"appos-with-relative-sport", "Wrexham, the club that sacked him in May, confirmed the deal.", []string{"confirmed subj=Wrexham"}},
		{"appos-part-with-relative", "Jane Smith, one of the parents who sued the district, accused the board of lying.", []string{"accused subj=Jane Smith"}},
		{"appos-part-with-relative-wire", "Andrew Stone, one of the investors who bought the buildings, filed a lawsuit.", []string{"filed subj=Andrew Stone"}},
		{"appos-part-with-relative-sport", "Wrexham, one of the clubs that bid for him, confirmed the deal.", []string{"confirmed subj=Wrexham"}},
		{"quote-then-speech-verb", "\"Our members will fight this\" said Lee.", []string{"said subj=Lee"}},
		{"own-subject-after-relative", "In the old town, a place that tourists love, the council banned cars.", []string{"banned subj=the council"}},
	} {
		checkReading(t, c)
	}
}

func TestLists(t *testing.T) {
	for _, c := range []readingCase{
		{"list", "Russia, Iran and Syria backed the plan.", []string{"Russia [coord]", "Iran [coord]", "backed subj=Russia"}},
		{"oxford-comma", "Russia, Iran, and Syria backed the plan.", []string{"Russia [coord]", "Iran [coord]", "backed subj=Russia"}},
		{"fronted-place", "In Paris, Lee and Kim met the press.", []string{"met subj=Lee"}},
		{"apposition", "Kerry, the secretary of state, said it.", []string{"said subj=Kerry"}},
	} {
		checkReading(t, c)
	}
}

func TestComplements(t *testing.T) {
	for _, c := range []readingCase{
		{"ing-after-avoid", "The president avoids condemning the protesters.", []string{"avoids comp=condemning", "condemning subj=The president"}},
		{"ing-after-keep", "Smith says Lee promised to keep supporting Brown.", []string{"to keep comp=supporting", "supporting subj=Lee"}},
		{"ing-after-start", "Mr. Sanders has started running commercials.", []string{"running subj=Mr. Sanders"}},
		{"progressive-is-no-comp", "Officials are backing the plan.", []string{"are backing obj=the plan"}},
	} {
		checkReading(t, c)
	}
}

func TestInheritedSubjects(t *testing.T) {
	for _, c := range []readingCase{
		{"purpose", "Kerry met Putin on Thursday to offer him closer cooperation.", []string{"to offer subj=Kerry"}},
		{"purpose-after-object", "He said it uses its military might to prop up the regime.", []string{"to prop subj=it"}},
		{"object-control", "Moscow wants Damascus to back the plan.", []string{"to back subj=Damascus"}},
		{"prep-object-control", "Palmieri called on Trump to stop attacking Machado.", []string{"to stop subj=Trump", "attacking subj=Trump"}},
		{"possessor", "Russia's efforts to undermine NATO have failed.", []string{"to undermine subj=Russia's"}},
		{"possessive-determiner", "Our efforts to go after tax cheats will continue.", []string{"to go subj=Our efforts"}},
		{"adjective", "Democrats have been more likely to blame Republicans.", []string{"to blame subj=Democrats"}},
		{"partial-quote", `She said Madrid was "ready to punish exporters".`, []string{"to punish subj=Madrid"}},
		{"since-ing", "Russia would get what it has wanted since intervening in Syria.", []string{"intervening subj=it"}},
		{"of-ing-object", "The monarchy accuses Iran of seeking to destabilize the country.", []string{"seeking subj=Iran"}},
		{"for-ing-object", "Voters punished Senator Ames for attacking Governor Bell.", []string{"attacking subj=Senator Ames"}},
		{"fronted-ing", "Expressing US support for Saudi Arabia, Trump ignored the region.", []string{"Expressing subj=Trump", "Expressing obj=US support"}},
		{"fronted-prep-ing", "After meeting Putin, Kerry said the talks were useful.", []string{"meeting subj=Kerry"}},
		{"comma-ing", "Israeli leaders took umbrage, accusing Kerry of meddling.", []string{"accusing subj=Israeli leaders"}},
		{"reduced-relative-ing", "Mr. Sanders has aired commercials in New York criticizing Mrs. Clinton.", []string{"criticizing subj=commercials"}},
	} {
		checkReading(t, c)
	}
}

func TestReducedPassives(t *testing.T) {
	for _, c := range []readingCase{
		{"after-noun", "The candidate backed by the unions won the seat.", []string{"backed [partic]", "backed agent=the unions", "backed subj=The candidate", "won subj=The candidate"}},
		{"between-commas", "The plan, backed by Moscow, failed in the end.", []string{"backed agent=Moscow", "failed subj=The plan"}},
		{"past-tense", "The unions backed the candidate.", []string{"backed [finite past]", "backed obj=the candidate"}},
	} {
		checkReading(t, c)
	}
}

func TestAppositionLinks(t *testing.T) {
	for _, c := range []readingCase{
		{"coordinated-descriptions", "Ana Ruiz, director of the national growers' federation and a former trade minister, praised the Mercosur accord.", []string{"praised subj=Ana Ruiz", "praised obj=the Mercosur accord"}},
		{"said-inverted", `"We back it," said Ana Ruiz, the director.`, []string{"said subj=Ana Ruiz", "said [inverted]"}},
	} {
		checkReading(t, c)
	}
}

func TestCoordinatedSubjects(t *testing.T) {
	for _, c := range []readingCase{
		{"over-complement", "US officials were careful to say the trip was not a last chance, but stressed they were running out of patience.", []string{"stressed subj=US officials"}},
		{"and", "Kerry arrived in Moscow and said the talks would start.", []string{"said subj=Kerry"}},
	} {
		checkReading(t, c)
	}
}

// TestLongSentence reads one sentence of a hundred thousand clauses: links
// are sought a bounded distance away, so it reads in linear time, and the
// links near each verb are still found.
func TestLongSentence(t *testing.T) {
	var b []byte
	for range 100_000 {
		b = append(b, "Kerry said on Friday in Paris that Russia backs Assad, and "...)
	}
	src := string(b) + "it ended."
	s := Core().Read(src, 0, len(src))
	n := 0
	for _, c := range s.Chunks {
		if c.Kind == VG && Core().Word(s.Toks[c.Head].ID) == "backs" {
			if c.Subj < 0 || c.Obj < 0 {
				t.Fatalf("a verb without its subject or object: %+v", c)
			}
			n++
		}
	}
	if n != 100_000 {
		t.Errorf("%d verbs read, want 100000", n)
	}
}

func TestAgentAtEnd(t *testing.T) {
	for _, c := range []readingCase{
		{"agent-ends-text", "plan is shared by a", []string{"is shared agent=a"}},
		{"agent", "The plan was backed by Moscow", []string{"was backed agent=Moscow"}},
	} {
		checkReading(t, c)
	}
}

func TestSharedAndNearSubjects(t *testing.T) {
	for _, c := range []readingCase{
		{"but", "Megan MacDonald is a Republican but did not support Trump.", []string{"did not support subj=Megan MacDonald"}},
		{"ing-after-noun", "They replaced it with softer language calling for assistance.", []string{"calling subj=softer language"}},
		{"ing-after-place", "Mr. Sanders has aired commercials in New York criticizing Mrs. Clinton.", []string{"criticizing subj=commercials"}},
	} {
		checkReading(t, c)
	}
}

func TestParticipleAsides(t *testing.T) {
	for _, c := range []readingCase{
		{"regarded-as", "Former Senator Joseph I. Lieberman, regarded as a foreign policy hawk, praised Ms. McFarland.", []string{"praised subj=Former Senator Joseph I. Lieberman"}},
		{"adverb-later", "Trump later criticized Kelly for the questions.", []string{"later criticized subj=Trump"}},
	} {
		checkReading(t, c)
	}
}

func TestMoreAsides(t *testing.T) {
	for _, c := range []readingCase{
		{"parenthesis-and-aside", "Rep. Randy Forbes (R-Va.), like Coburn, sharply criticized the Pentagon.", []string{"sharply criticized subj=Rep. Randy Forbes"}},
		{"passive-adverb", "He met a family, the Khans, criticized strongly by John McCain and others.", []string{"criticized agent=John McCain", "criticized subj=the Khans"}},
		{"passive-after-object", "Voters backed the candidate endorsed by the unions.", []string{"endorsed agent=the unions", "endorsed subj=the candidate"}},
	} {
		checkReading(t, c)
	}
}

func TestCoordinatedPassive(t *testing.T) {
	for _, c := range []readingCase{
		{"but-opposed-by", "It is a change that is backed by business leaders but opposed by many Brazilians.", []string{"opposed [passive]", "opposed agent=many Brazilians", "opposed subj=a change"}},
		{"as-clause", "Just as the Republicans are now solidifying behind McCain, Democrats will align.", []string{"as/SUB", "are now solidifying subj=the Republicans"}},
		{"as-saying", "RIA quoted Maria Zakharova as saying Moscow was not satisfied.", []string{"as/PREP"}},
	} {
		checkReading(t, c)
	}
}

func TestClauseJoins(t *testing.T) {
	for _, c := range []readingCase{
		{"comma-finite", "Dauman immediately fired back, accused the mogul's daughter of manipulating her father.", []string{"back/ADV", "accused subj=Dauman"}},
		{"after-clause", "The FA charged Martinez after he accused Attwell of lying.", []string{"after/SUB", "accused subj=he"}},
		{"after-noun", "The FA charged him after the match.", []string{"after/PREP"}},
		{"not-just", "More Republicans are going further, not just refusing to support Trump.", []string{"not just refusing subj=More Republicans"}},
		{"over-relative", "Protectors have targeted Dalits and Muslims who make money, accusing them of killing cows.", []string{"accusing subj=Protectors"}},
	} {
		checkReading(t, c)
	}
}

func TestModifiedSubjects(t *testing.T) {
	for _, c := range []readingCase{
		{"ing-chain", "Americans living in households making $100,000 or more have abandoned the party.", []string{"have abandoned subj=Americans"}},
		{"plain", "Officials in Washington said the plan failed.", []string{"said subj=Officials"}},
		{"adjectives-comma", "Clinton says he is a longtime, dedicated advocate for children.", []string{"is obj=a longtime, dedicated advocate"}},
		{"adjectives-and", "She has been a consistent and outspoken supporter of NATO.", []string{"has been obj=a consistent and outspoken supporter"}},
	} {
		checkReading(t, c)
	}
}

func TestComplementOverApposition(t *testing.T) {
	for _, c := range []readingCase{
		{"apposition", "Jamie Dimon said Bitcoin, the biggest cryptocurrency, is a fraud.", []string{"said comp=Bitcoin", "is subj=Bitcoin"}},
	} {
		checkReading(t, c)
	}
}

func TestByAfterNoun(t *testing.T) {
	for _, c := range []readingCase{
		{"report-by", "A report by the committee criticised the ministry.", []string{"criticised subj=A report", "criticised obj=the ministry"}},
		{"attacks-by", "Attacks by the rebels have killed ten people.", []string{"have killed subj=Attacks"}},
		{"passive-stays", "The plan was rejected by the council.", []string{"was rejected agent=the council"}},
	} {
		checkReading(t, c)
	}
}

// TestQuoteCloseIsNoComplement: the comma and closing mark that end a
// quotation are no complement of a verb inside it.
func TestQuoteCloseIsNoComplement(t *testing.T) {
	for _, c := range []readingCase{
		{"closing-mark", `"I will never endorse Mr. Jones," the governor told reporters.`, []string{"will never endorse obj=Mr. Jones", "will never endorse comp=-", "told subj=the governor"}},
		{"opening-mark", `She praised the coach, "a man of rare patience," before leaving.`, []string{"praised obj=the coach", "praised comp=,"}},
	} {
		checkReading(t, c)
	}
}

// TestAccordingToSource: a preposition after the source of "according to"
// modifies the source, also after the sentence's verb.
func TestAccordingToSource(t *testing.T) {
	for _, c := range []readingCase{
		{"science", "Bees can count, according to researchers at the University of Tuebingen.", []string{"the University of Tuebingen of=researchers"}},
		{"verb-object-stays", "The minister met officials at the airport.", []string{"the airport of=-"}},
	} {
		checkReading(t, c)
	}
}

// TestTimeIsNoPostModifier: a time after a noun is the clause's, not the
// noun's.
func TestTimeIsNoPostModifier(t *testing.T) {
	for _, c := range []readingCase{
		{"foreign-desk", "Sudan's government on Sunday rejected the plan.", []string{"Sunday of=-", "rejected subj=government"}},
		{"place-stays", "Officials in Washington rejected the plan.", []string{"Washington of=Officials"}},
	} {
		checkReading(t, c)
	}
}

// TestClauseOverAsides: a verb of saying reports a clause whose subject is
// coordinated or carries a relative clause between commas.
func TestClauseOverAsides(t *testing.T) {
	for _, c := range []readingCase{
		{"foreign-desk", "Diplomats said Egypt and the Emirates, which back the rebels, were unlikely to sign.", []string{"said comp=Egypt", "back subj=the Emirates"}},
		{"wire-coordinated", "Officials said Kerry and Lavrov would meet on Friday.", []string{"said comp=Kerry"}},
		{"object-stays", "The minister thanked Egypt and the Emirates, which sent aid.", []string{"thanked obj=Egypt"}},
	} {
		checkReading(t, c)
	}
}

// TestWhoMeansPeople: "who" opens a clause about the people a phrase
// names, not the place or thing after them.
func TestWhoMeansPeople(t *testing.T) {
	for _, c := range []readingCase{
		{"speech", "I have met families in the South Pacific who fear rising seas.", []string{"fear subj=families"}},
		{"local", "Groups in Australia who support the plan will march.", []string{"support subj=Groups"}},
		{"which-stays", "He visited the farms in the valley which flood every spring.", []string{"flood subj=the valley"}},
	} {
		checkReading(t, c)
	}
}
