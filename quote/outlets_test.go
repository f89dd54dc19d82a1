package quote

import "testing"

// Attribution constructions on sentences written for these tests in the
// styles of several outlets: parties in parentheses, adverbs between a
// subject and its verb, likening and labelling verbs.
func TestOutletConstructions(t *testing.T) {
	tests := []struct {
		name, src string
		want      []want
	}{
		{"party and state in parentheses", `“The bill is dead on arrival,” Rep. Maria Lopez (D-Ariz.) said Thursday.`, []want{
			{"The bill is dead", "direct", "Rep. Maria Lopez", RuleCueAfter},
		}},
		{"subject adverb before the verb", `"We are not leaving," the striking nurses also said.`, []want{
			{"We are not leaving", "direct", "the striking nurses", RuleCueAfter},
		}},
		{"likened", `The senator likened the proposal to “a blank cheque for lobbyists.”`, []want{
			{"a blank cheque", "partial", "The senator", RuleReported},
		}},
		{"lauded", `The governor lauded the volunteers for their "quiet, stubborn courage."`, []want{
			{"quiet, stubborn courage", "partial", "The governor", RuleReported},
		}},
		{"a study found that", `The inquiry found that the pilots had never trained on the new software.`, []want{
			{"the pilots had never trained", "indirect", "The inquiry", RuleIndirect},
		}},
		{"a poll shows that", `A Reuters survey shows that most farmers expect lower prices next year.`, []want{
			{"most farmers expect lower prices", "indirect", "A Reuters survey", RuleIndirect},
		}},
		{"wants to", `The ministry wants to close three coal plants by 2030.`, []want{
			{"to close three coal plants", "indirect", "The ministry", RuleIndirect},
		}},
		{"vowed to", `The club's owner vowed to keep the stadium open.`, []want{
			{"to keep the stadium open", "indirect", "The club's owner", RuleIndirect},
		}},
		{"wants to say: the later cue", `The bishop wants to say that the church made mistakes.`, []want{
			{"the church made mistakes", "indirect", "The bishop", RuleIndirect},
		}},
		{"called for", `The teachers union called for an independent inquiry into the closures.`, []want{
			{"an independent inquiry", "indirect", "The teachers union", RuleIndirect},
		}},
		{"called on", `Opposition leaders called on the prime minister to resign.`, []want{
			{"the prime minister to resign", "indirect", "Opposition leaders", RuleIndirect},
		}},
		{"pronoun after a fronted phrase", `In a radio interview on Sunday she said the talks had stalled.`, []want{
			{"the talks had stalled", "indirect", "she", RuleIndirect},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			check(t, a.Source, Extract(a, nil), tt.want)
		})
	}
}

// Nouns that look like the new verbs are not cues.
func TestWordsThatAreNoCues(t *testing.T) {
	for _, src := range []string{
		`The council's plans to rebuild the bridge were shelved.`,
		`The detectives found the car abandoned near the river.`,
		`Television shows filmed in the city drew record crowds.`,
	} {
		a := parse(t, src)
		if qs := Extract(a, nil); len(qs) != 0 {
			t.Errorf("%q: got\n%s", src, dump(src, qs))
		}
	}
}

func TestOutletAttribution(t *testing.T) {
	tests := []struct {
		name, src string
		want      []want
	}{
		{"participle after a comma", `The airline cancelled 40 flights on Monday, saying the storm had made "every runway unsafe."`, []want{
			{"every runway unsafe", "partial", "The airline", RuleParticiple},
		}},
		{"coordinated verb", `The minister visited the flooded town and said the army would "stay as long as it takes."`, []want{
			{"stay as long as it takes", "partial", "The minister", ""},
		}},
		{"coordinated verb, reported", `Police arrested two men on Friday and said more arrests were likely.`, []want{
			{"more arrests were likely", "indirect", "Police", ""},
		}},
		{"inverted after a partial quote", `A nurse who "asks too many questions" is shown the door, the union leader said.`, []want{
			{"asks too many questions", "partial", "the union leader", RuleReported},
		}},
		{"as X put it, after the quote", `The scheme rewards "whoever shouts loudest," as one council report put it.`, []want{
			{"whoever shouts loudest", "partial", "one council report", ""},
		}},
		{"as X put it, before the quote", `As the coach put it after the match, the team was "simply outrun."`, []want{
			{"simply outrun", "partial", "the coach", ""},
		}},
		{"possessive determiner", `"Never trust a quiet river," my grandmother often said.`, []want{
			{"Never trust a quiet river", "direct", "my grandmother", RuleCueAfter},
		}},
		{"even before the subject", `Even the regulator, usually a cautious body, said the merger was "plainly harmful."`, []want{
			{"plainly harmful", "partial", "the regulator", RuleReported},
		}},
		{"colon after a verb's object", "On Monday, the chancellor made the following promise: \"No new taxes this year.\"", []want{
			{"No new taxes", "direct", "the chancellor", RuleColon},
		}},
		{"colon after a preposition's object", "And from the harbour master:\n\n\"The port stays shut until the storm passes.\"", []want{
			{"The port stays shut", "direct", "the harbour master", RuleColon},
		}},
		{"headline colon", "Coach: Our Defence Was 'Asleep'\n\nThe team lost again on Saturday.", []want{
			{"Asleep", "partial", "Coach", RuleColon},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			check(t, a.Source, Extract(a, nil), tt.want)
		})
	}
}
