package quote

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/internal/text"
)

// Every word of the patterns is in the word table, and every pattern
// compiles.
func TestPatternsCompile(t *testing.T) {
	for n, line := range strings.Split(patternText, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if _, err := compilePattern(text.Core(), f); err != nil {
			t.Errorf("line %d: %v", n+1, err)
		}
	}
}

// The patterns of patterns.txt, each on sentences of its own.
func TestPatterns(t *testing.T) {
	runCases(t, []ruleCase{
		// according to
		{"according to, after the content, NYT", `According to two people briefed on the talks, the mayor is expected to sign the deal on Friday.`, []want{
			{"the mayor is expected", "indirect", "two people briefed on the talks", RuleAccordingTo},
		}, true},
		{"according to a poll with a long name", `The governor leads by nine points among women, according to a Marist/NBC poll conducted last week.`, []want{
			{"The governor leads by nine points", "indirect", "a Marist/NBC poll conducted last week", RuleAccordingTo},
		}, true},
		{"according to, after a dash", `Half of the wells are dry — or nearly so — according to the regional water board.`, []want{
			{"Half of the wells are dry", "indirect", "the regional water board", RuleAccordingTo},
		}, true},
		{"according to a source with a relative clause, science desk", `Honeybees can count up to four objects, according to researchers at the University of Tuebingen, who say the finding is surprising.`, []want{
			{"Honeybees can count up to four objects", "indirect", "researchers at the University of Tuebingen", RuleAccordingTo},
		}, false},
		// quoted as saying
		{"quoted as saying, a colon", `The agency quoted a defense ministry official as saying: "The drills are routine."`, []want{
			{"The drills are routine", "direct", "a defense ministry official", RuleQuotedAs},
		}, true},
		{"quoted as saying, a clause", `Kyodo news agency quoted a government spokesman as saying the talks would resume.`, []want{
			{"the talks would resume", "indirect", "a government spokesman", RuleQuotedAs},
		}, true},
		{"was quoted as saying", `The coach was quoted as saying he would not resign.`, []want{
			{"he would not resign", "indirect", "The coach", RuleQuotedAs},
		}, true},
		// as X put it
		{"as X put it, after the quotation", `The scheme rewards "whoever shouts loudest," as one council report put it.`, []want{
			{"whoever shouts loudest", "partial", "one council report", ""},
		}, true},
		{"as X put it, before the quotation", `As the coach put it after the match, the team was "simply outrun."`, []want{
			{"simply outrun", "partial", "the coach", ""},
		}, true},
		// verbs with a particle
		{"called for, a union", `The teachers union called for an independent inquiry into the closures.`, []want{
			{"an independent inquiry", "indirect", "The teachers union", RuleIndirect},
		}, true},
		{"called on, BBC", `Opposition leaders called on the prime minister to resign.`, []want{
			{"the prime minister to resign", "indirect", "Opposition leaders", RuleIndirect},
		}, true},
		{"called for, after a coordinated verb", `The union rejected the offer and called Monday for a new round of talks.`, []want{
			{"a new round of talks", "indirect", "The union", RuleIndirect},
		}, false},
		{"pointed to", `The central bank pointed to weak exports as the main risk.`, []want{
			{"weak exports as the main risk", "indirect", "The central bank", RuleIndirect},
		}, true},
		{"spoke of", `The bishop spoke of a church that had lost its way.`, []want{
			{"a church that had lost its way", "indirect", "The bishop", RuleIndirect},
		}, true},
		{"complained about, local", `Passengers complained about the delays on the northern line.`, []want{
			{"the delays on the northern line", "indirect", "Passengers", RuleIndirect},
		}, true},
		{"warned against", `Doctors warned against cutting the number of nurses on night shifts.`, []want{
			{"cutting the number of nurses", "indirect", "Doctors", RuleIndirect},
		}, true},
		{"an explosion described as", `It was an explosion the fire chief described as "the worst in a decade."`, []want{
			{"the worst in a decade", "direct", "the fire chief", ""}, // all its content is quoted
		}, true},
		// noun cues
		{"made the claim that", `Mr. Kaplan made the claim that the ballots had been tampered with.`, []want{
			{"the ballots had been tampered with", "indirect", "Mr. Kaplan", RuleNounCue},
		}, true},
		{"in X's view", `In the governor's view, the deal was the best available.`, []want{
			{"the deal was the best available", "indirect", "the governor's", RuleNounCue},
		}, true},
		{"X's claim that", `The union's claim that safety checks had been skipped was denied by the company.`, []want{
			{"safety checks had been skipped", "indirect", "The union's", RuleNounCue},
		}, false},
		// adjectives of belief
		{"sure that, sport", `The coach was sure that his side would win.`, []want{
			{"his side would win", "indirect", "The coach", RuleAdjective},
		}, true},
		{"afraid, without that", `Shopkeepers are afraid the new road will kill their trade.`, []want{
			{"the new road will kill their trade", "indirect", "Shopkeepers", RuleAdjective},
		}, true},
		{"seem convinced", `Residents seem convinced that the plant is to blame.`, []want{
			{"the plant is to blame", "indirect", "Residents", RuleAdjective},
		}, true},
		{"remained confident", `The players remained confident they could still qualify.`, []want{
			{"they could still qualify", "indirect", "The players", RuleAdjective},
		}, true},
		// wanting and planning
		{"plans to", `The airline plans to cut 400 jobs next year.`, []want{
			{"to cut 400 jobs", "indirect", "The airline", RuleIndirect},
		}, true},
	})
	noCues(t, []string{
		`Trump, who has called for a ban, spoke on Monday.|spoke`,
		`Police seek driver after hit-and-run leaves cyclist injured`,
		`The fans seem happy.`,
		`The council's plans to rebuild the bridge were shelved.`,
	})
}
