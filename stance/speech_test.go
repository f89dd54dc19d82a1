package stance_test

import "testing"

// TestReportedStance: a stance inside what someone reports belongs to its
// own holder, reported Via the speaker; the speaker holds what it says in
// the first person and its own evaluations of a named party; the
// reporter's own voice holds no evaluation.
func TestReportedStance(t *testing.T) {
	checkCases(t, []stanceCase{
		{"brief-example", "Smith says Lee promised to keep supporting Brown.",
			[]string{"Lee -> Brown : support via Smith"}},
		{"wire-reported", "Kremlin spokesman Dmitry Peskov said Moscow welcomed the decision.",
			[]string{"Moscow -> the decision : support via Kremlin spokesman Dmitry Peskov"}},
		{"according-to", "According to Reuters, the European Union condemned the attack.",
			[]string{"the European Union -> the attack : oppose via Reuters"}},
		{"quoted-as-saying", "The minister was quoted as saying that Rome backs the plan.",
			[]string{"Rome -> the plan : support via The minister"}},
		{"told-that", "Lopez told CNN that she backed the governor's plan.",
			[]string{"Lopez -> the governor's plan : support"}},
		{"first-person", `"We support the president fully," said Maria Lopez, a party spokeswoman.`,
			[]string{"Maria Lopez -> the president : support"}},
		{"first-person-negated", `"I will never endorse Mr. Jones," the governor told reporters.`,
			[]string{"the governor -> Mr. Jones : oppose negated"}},
		{"evaluation", `"Donald Trump is a disgrace," Senator Ann Wells said.`,
			[]string{"Senator Ann Wells -> Donald Trump : oppose"}},
		{"evaluation-scare-quotes", `Warren said Trump was "unfit" to serve.`,
			[]string{"Warren -> Trump : oppose"}},
		{"evaluation-negated", `"The mayor is not a crook," his lawyer said.`,
			[]string{"his lawyer -> The mayor : neutral negated"}},
		// negative cases: evaluations of no named party, or in no one's words
		{"no-document-evaluation", "The report says the program has been a disaster.", nil},
		{"no-thing-evaluated", `"It is a disaster," said one resident.`, nil},
		{"no-reporter-voice", "The plan is a disaster.", nil},
		{"no-reporter-voice-named", "Mr. Jones is a liar.", nil},
	}, true)
}
