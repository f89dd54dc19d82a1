package stance_test

import "testing"

// TestStating: negation, refusal, avoidance and cessation negate a stance
// (support turns to oppose, oppose to neutral); a modal of possibility
// hedges it (neutral, hypothetical); a question or a condition states
// none; "not X but Y" turns the stance to Y.
func TestStating(t *testing.T) {
	checkCases(t, []stanceCase{
		{"wire-negated", "Senator Collins did not back the nominee.",
			[]string{"Senator Collins -> the nominee : oppose negated"}},
		{"tabloid-contracted", "The prime minister won't support the measure.",
			[]string{"The prime minister -> the measure : oppose negated"}},
		{"broadsheet-negated-predicate", "The senator is not opposed to the nominee.",
			[]string{"The senator -> the nominee : neutral negated"}},
		{"local-refusal", "The minister refused to back the reform.",
			[]string{"The minister -> the reform : oppose negated"}},
		{"magazine-avoidance", "The candidate avoids condemning the protesters.",
			[]string{"The candidate -> the protesters : neutral negated"}},
		{"wire-refrain", "The coalition refrained from criticizing the government.",
			[]string{"The coalition -> the government : neutral negated"}},
		{"foreign-stop-short", "Germany stopped short of endorsing the plan.",
			[]string{"Germany -> the plan : oppose negated"}},
		{"sport-cessation", "The president has stopped attacking the press.",
			[]string{"The president -> the press : neutral negated"}},
		{"wire-could", "Paris could support the plan, officials said.",
			[]string{"Paris -> the plan : neutral hypothetical via officials"}},
		{"broadsheet-would", "Ottawa would welcome the deal.",
			[]string{"Ottawa -> the deal : neutral hypothetical"}},
		{"local-may", "The unions may back the bill.",
			[]string{"The unions -> the bill : neutral hypothetical"}},
		{"not-but-verb", "The group did not criticize the mayor but praised his deputy.",
			[]string{"The group -> the mayor : neutral negated", "The group -> his deputy : support"}},
		{"contrast-object", "The mayor said he did not oppose the stadium but the way it was financed.",
			[]string{"The mayor -> the stadium : neutral negated", "The mayor -> the way : oppose"}},
		// questions and conditions state no stance
		{"question", "Will the Democrats back the deal?", nil},
		{"condition", "If the mayor backs the plan, the council will vote on it.", nil},
		{"indirect-question", "Officials are unsure whether Tokyo supports the proposal.", nil},
		{"want-to-know", "Voters want to know whether the senator opposes the war.", nil},
	}, false)
}

// TestContrast: "not X but Y" in a quote turns the speaker's stance from
// X to Y.
func TestContrast(t *testing.T) {
	checkCases(t, []stanceCase{
		{"same-preposition", `"We are not at war with the Russian people but with their government," the senator said.`,
			[]string{"the senator -> the Russian people : neutral negated", "the senator -> their government : oppose"}},
		{"no-actor", `The vote was not a rejection of the president but a rejection of his party, analysts said.`, nil},
	}, true)
}
