package stance_test

import "testing"

// TestNounStance: a stance noun holds its stance with its possessor or
// modifier, the person it names, or whoever it describes; its target is
// the object of its preposition, or the possessor or modifier of a noun
// that names people.
func TestNounStance(t *testing.T) {
	checkCases(t, []stanceCase{
		{"tabloid-possessor-target", "Brown's supporters gathered outside the courthouse.",
			[]string{"supporters -> Brown : support"}},
		{"wire-title-noun", "Trump critic Mark Cuban said he would attend the debate.",
			[]string{"Mark Cuban -> Trump : oppose"}},
		{"foreign-possessor-holder", "Moscow's backing for Assad has not wavered.",
			[]string{"Moscow -> Assad : support"}},
		{"broadsheet-modifier-holder", "US criticism of Beijing's trade policy grew sharper this week.",
			[]string{"US -> Beijing's trade policy : oppose"}},
		{"local-predicate-noun", "The senator is a staunch opponent of the pipeline.",
			[]string{"The senator -> the pipeline : oppose"}},
		{"wire-apposition", "Russia, an ally of Assad, vetoed the resolution.",
			[]string{"Russia -> Assad : support", "Russia -> the resolution : oppose"}},
		{"magazine-apposition", "Maria Diaz, a longtime ally of the mayor, won the seat.",
			[]string{"Maria Diaz -> the mayor : support"}},
		{"broadsheet-people-noun", "Critics of the new curfew say it punishes young people.",
			[]string{"Critics -> the new curfew : oppose"}},
		{"partitive", "Some of the governor's fiercest critics attended the rally.",
			[]string{"fiercest critics -> the governor : oppose"}},
		{"light-verb", "Labour voiced strong opposition to the tax plan.",
			[]string{"Labour -> the tax plan : oppose"}},
		{"light-verb-possessive", "Environmental groups expressed their support for the wind farm.",
			[]string{"Environmental groups -> the wind farm : support"}},
		{"possessive-pronoun", "The union gave its backing to the new contract.",
			[]string{"The union -> the new contract : support"}},
		{"receiving", "The minister received the support of the cabinet.",
			[]string{"the cabinet -> The minister : support"}},
		{"withdrawn-support", "The party withdrew its support for the government.",
			[]string{"The party -> the government : oppose negated"}},
		{"dropped-opposition", "The farmers' union has dropped its opposition to the trade deal.",
			[]string{"The farmers' union -> the trade deal : neutral negated"}},
		{"negated-light-verb", "The bishops did not voice opposition to the bill.",
			[]string{"The bishops -> the bill : neutral negated"}},
		// a target with its own "of" phrase: the text layer hangs the chain from the cue noun
		{"foreign-target-chain", "Britain stepped up its criticism of the role of Iran in the war.",
			[]string{"Britain -> the role of Iran : oppose"}},
		{"science-target-chain", "The panel's criticism of the design of the trial was blunt.",
			[]string{"The panel -> the design of the trial : oppose"}},
		{"broadsheet-target-chain-verb", "Critics of the handling of the crisis called for an inquiry.",
			[]string{"Critics -> the handling of the crisis : oppose", "Critics of the handling of the crisis -> an inquiry : support"}},
		// the second of two coordinated descriptions describes the same name
		{"tabloid-coordinated-apposition", "Ava Stone, a vegan and animal rights campaigner, turned down the fur brand.",
			[]string{}},
		{"local-coordinated-apposition", "Councillor Ruiz, a surgeon and longtime critic of the hospital board, resigned on Monday.",
			[]string{"Councillor Ruiz -> the hospital board : oppose"}},
		{"sport-coordinated-apposition", "Okafor, a former striker and Arsenal supporter, joined the board.",
			[]string{"Okafor -> Arsenal : support"}},
		{"no-apposition-conjunct", "Ruiz, a surgeon and a father of two, backed the plan.",
			[]string{"Ruiz -> the plan : support"}},
		// negative cases: a cue noun that only modifies another noun
		{"no-support-group", "A support group for widows meets on Tuesdays.", nil},
		{"no-opposition-leader", "Opposition leader Kemal Kilicdaroglu visited the city.", nil},
		{"no-opposition-party", "The opposition party won the vote.", nil},
		{"no-back-channel", "Officials opened a back channel to Tehran.", nil},
	}, false)
}
