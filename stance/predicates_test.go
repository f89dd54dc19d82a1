package stance_test

import "testing"

// TestPredicateStance: an adjective, participle or noun that heads the
// predicate of a copula holds the copula subject's stance toward the
// object of its preposition.
func TestPredicateStance(t *testing.T) {
	checkCases(t, []stanceCase{
		{"wire-critical-of", "Many economists are skeptical of the plan.",
			[]string{"Many economists -> the plan : oppose"}},
		{"coordinated", "The union was critical of the proposal and frustrated with the pace of talks.",
			[]string{"The union -> the proposal : oppose", "The union -> the pace of talks : oppose"}},
		{"sport-grown-frustrated", "The coach has grown frustrated with the team's owners.",
			[]string{"The coach -> the team's owners : oppose"}},
		{"local-adverb", "Voters remain deeply unhappy with the governor.",
			[]string{"Voters -> the governor : oppose"}},
		{"foreign-become", "Beijing has become increasingly wary of Pyongyang.",
			[]string{"Beijing -> Pyongyang : oppose"}},
		{"tabloid-fed-up", "Residents are fed up with the council.",
			[]string{"Residents -> the council : oppose"}},
		{"business-pleased", "Investors were pleased with the central bank's decision.",
			[]string{"Investors -> the central bank's decision : support"}},
		{"broadsheet-in-favour", "The chief executive is in favour of the merger.",
			[]string{"The chief executive -> the merger : support"}},
		{"relative", "The senator, who is critical of the plan, voted for the amendment.",
			[]string{"The senator -> the plan : oppose", "The senator -> the amendment : support"}},
		{"predicate-noun", "Tokyo is Washington's closest ally in the region.",
			[]string{"Tokyo -> Washington : support"}},
		{"to-blame", "The mayor is to blame for the delays, residents said.",
			[]string{"residents -> The mayor : oppose"}},
		// the progressive is a verb, not a predicate: "are blaming" is no "are to blame"
		{"wire-progressive-blame", "Airlines are blaming the port authority for the delays.",
			[]string{"Airlines -> the port authority : oppose"}},
		{"sport-progressive-blame", "Fans are now blaming the owner for the club's relegation.",
			[]string{"Fans -> the owner : oppose"}},
		{"local-progressive-praise", "Parents were praising the head teacher after the inspection.",
			[]string{"Parents -> the head teacher : support"}},
		// a relative clause after a list of predicates is said of the copula's subject
		{"tabloid-list-relative", "The councillor is a bully, vain, petty and a hypocrite who has repeatedly attacked the mayor.",
			[]string{"The councillor -> the mayor : oppose"}},
		{"foreign-list-relative", "Ortega is a former guerrilla, autocrat and strongman who has vowed to fight the opposition.",
			[]string{"Ortega -> the opposition : oppose"}},
		// negative cases: the same adjectives in other senses
		{"no-critical-to", "The trade deal is critical to the region's economy.", nil},
		{"no-critical-condition", "The patient was in critical condition on Sunday.", nil},
		{"no-divided", "The party is deeply divided over the treaty.", nil},
		{"no-list-of-subjects", "The senator, the governor and a lawyer who knew them both spoke at the dinner.", nil},
		{"no-progressive-blame-question", "Who is blaming whom for the delays?", nil},
	}, false)
}
