package quote

import (
	"strings"
	"testing"
)

// A ruleCase is a text written for a test of one construction, in the
// style of some outlet, and the quotes it must give; with only, no
// others.
type ruleCase struct {
	name, src string
	want      []want
	only      bool
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			qs := Extract(a, nil)
			check(t, a.Source, qs, tt.want)
			if tt.only && len(qs) != len(tt.want) {
				t.Errorf("%d quotes, want %d:\n%s", len(qs), len(tt.want), dump(a.Source, qs))
			}
			for _, q := range qs {
				if q.Speaker.Span.IsValid() && q.Rule != RuleTerm && !validSpeaker(a.Source, q) {
					t.Errorf("speaker %q is no run of whole words", q.Speaker.Span.Text(a.Source))
				}
			}
		})
	}
}

// noCues checks that none of srcs has a quote whose cue holds one of the
// words given after it: `text|word|word`; a text with no words must have
// no quote at all.
func noCues(t *testing.T, srcs []string) {
	t.Helper()
	for _, line := range srcs {
		f := strings.Split(line, "|")
		src, words := f[0], f[1:]
		a := parse(t, src)
		for _, q := range Extract(a, nil) {
			cue := q.Cue.Span.Text(src)
			if len(words) == 0 {
				t.Errorf("%q: a quote:\n%s", src, dump(src, []Quote{q}))
			}
			for _, w := range words {
				if strings.Contains(cue, w) {
					t.Errorf("%q: %q is a cue:\n%s", src, w, dump(src, []Quote{q}))
				}
			}
		}
	}
}

// The classes of the word table's verbs that report: speech, thought,
// judgement, finding, intention and perception.
func TestVerbClasses(t *testing.T) {
	runCases(t, []ruleCase{
		{"speech, wire", `LONDON, May 2 (Reuters) - Britain's finance minister insisted on Tuesday the budget was balanced.`, []want{
			{"the budget was balanced", "indirect", "Britain's finance minister", RuleIndirect},
		}, true},
		{"speech with a person told, AP", `The sheriff told reporters the suspect had fled on foot.`, []want{
			{"the suspect had fled on foot", "indirect", "The sheriff", RuleIndirect},
		}, true},
		{"cognition, broadsheet", `Most economists expect the central bank to raise rates in June.`, []want{
			{"the central bank to raise rates", "indirect", "Most economists", RuleIndirect},
		}, true},
		{"cognition with a plural subject, local", `Many farmers believe subsidies and tariffs are unfair.`, []want{
			{"subsidies and tariffs are unfair", "indirect", "Many farmers", RuleIndirect},
		}, true},
		{"cognition with a judgement of the object, business", `Analysts consider the merger a long shot.`, []want{
			{"the merger a long shot", "indirect", "Analysts", RuleIndirect},
		}, true},
		{"finding, science", `The inquiry found that the pilots had never trained on the new software.`, []want{
			{"the pilots had never trained", "indirect", "The inquiry", RuleIndirect},
		}, true},
		{"finding of a report", `The report concluded that the levees had been poorly maintained.`, []want{
			{"the levees had been poorly maintained", "indirect", "The report", RuleIndirect},
		}, true},
		{"intention, sport", `The club's owner vowed to keep the stadium open.`, []want{
			{"to keep the stadium open", "indirect", "The club's owner", RuleIndirect},
		}, true},
		{"intention, a pledge of a plan", `The ministry wants to close three coal plants by 2030.`, []want{
			{"to close three coal plants", "indirect", "The ministry", ""},
		}, true},
		{"intention, the later cue", `The bishop wants to say that the church made mistakes.`, []want{
			{"the church made mistakes", "indirect", "The bishop", RuleIndirect},
		}, false},
		{"perception of a fact", `Villagers saw that the water had turned brown.`, []want{
			{"the water had turned brown", "indirect", "Villagers", RuleIndirect},
		}, true},
		{"evaluation with what the object is called, tabloid", `The union branded the offer "an insult."`, []want{
			{"an insult", "partial", "The union", RuleReported},
		}, true},
		{"a judge in words with a plain object, wire", `Seoul condemned the launch.`, []want{
			{"the launch", "indirect", "Seoul", RuleIndirect},
		}, true},
	})
}

// What a verb reports: a clause with or without "that", a question, a
// noun phrase, a to-infinitive, an -ing clause, a quotation.
func TestContentForms(t *testing.T) {
	runCases(t, []ruleCase{
		{"a clause without that", `Peskov said Russia favoured cooperation.`, []want{
			{"Russia favoured cooperation", "indirect", "Peskov", RuleIndirect},
		}, true},
		{"a question", `The auditor asked whether the funds had been spent.`, []want{
			{"whether the funds had been spent", "indirect", "The auditor", RuleIndirect},
		}, true},
		{"a noun phrase", `She stressed her support for the deal.`, []want{
			{"her support for the deal", "indirect", "She", RuleIndirect},
		}, true},
		{"a noun phrase that ends before a clause of its own", `Turkey condemned the border agreement last week, putting it at odds with Washington.`, []want{
			{"the border agreement", "indirect", "Turkey", RuleIndirect},
		}, false},
		{"an -ing clause", `The minister denied misleading parliament.`, []want{
			{"misleading parliament", "indirect", "The minister", RuleIndirect},
		}, true},
		{"to, after a person told", `The coach told his players to forget the last match.`, []want{
			{"to forget the last match", "indirect", "The coach", RuleIndirect},
		}, true},
		{"a clause whose subject has an aside", `Police said the driver, who was 42, had been drinking.`, []want{
			{"the driver, who was 42, had been drinking", "indirect", "Police", RuleIndirect},
		}, true},
		{"a clause whose subject has an apposition", `Prosecutor Alison Meere said one victim, a retired teacher, had been "too frightened to sleep."`, []want{
			{"one victim, a retired teacher, had been", "partial", "Prosecutor Alison Meere", RuleReported},
		}, true},
	})
}

// Verbs that judge their object report it with what they judge it as:
// "accused X of", "called X Y", "dismissed X as", "branded X 'Y'".
func TestLabels(t *testing.T) {
	runCases(t, []ruleCase{
		{"accused of, local", `Ms. Ortiz accused the council of ignoring the flood warnings.`, []want{
			{"the council of ignoring the flood warnings", "indirect", "Ms. Ortiz", RuleIndirect},
		}, true},
		{"accused, with an apposition", `South Korea accused the North's leader, Kim Jong Un, of "fanatic recklessness."`, []want{
			{"fanatic recklessness", "partial", "South Korea", RuleReported},
		}, true},
		{"called it, broadsheet", `Clinton called the plan "a disaster for workers."`, []want{
			{"a disaster for workers", "partial", "Clinton", RuleReported},
		}, true},
		{"dismissed as", `Her lawyers dismissed those reports as "previous misinterpreted statements."`, []want{
			{"previous misinterpreted statements", "partial", "Her lawyers", RuleReported},
		}, true},
		{"criticised as", `Opposition leaders criticised the plan as "a giveaway to landlords."`, []want{
			{"a giveaway to landlords", "partial", "Opposition leaders", RuleReported},
		}, true},
		{"likened to", `The senator likened the proposal to “a blank cheque for lobbyists.”`, []want{
			{"a blank cheque", "partial", "The senator", RuleReported},
		}, true},
		{"lauded for", `The governor lauded the volunteers for their "quiet, stubborn courage."`, []want{
			{"quiet, stubborn courage", "partial", "The governor", RuleReported},
		}, true},
		{"cited as", `Clinton cited Trump's past remarks as "examples of contempt."`, []want{
			{"examples of contempt", "partial", "Clinton", RuleReported},
		}, true},
		{"rated as, a fact-checker", `PolitiFact rated 22% of the claims as "mostly false."`, []want{
			{"mostly false", "partial", "PolitiFact", RuleReported},
		}, true},
	})
}

// Verbs after a comma that share the sentence's subject: ", citing …",
// ", emphasizing …", ", saying …".
func TestParticiples(t *testing.T) {
	runCases(t, []ruleCase{
		{"citing, wire", `The airline cancelled 40 flights on Monday, citing the storm.`, []want{
			{"the storm", "indirect", "The airline", RuleParticiple},
		}, true},
		{"emphasizing that", `Protesters marched through the capital, emphasizing that the vote had been rigged.`, []want{
			{"the vote had been rigged", "indirect", "Protesters", RuleParticiple},
		}, true},
		{"saying, with a partial quotation", `The airline cancelled 40 flights on Monday, saying the storm had made "every runway unsafe."`, []want{
			{"every runway unsafe", "partial", "The airline", RuleParticiple},
		}, true},
		{"saying, after a subordinate clause", `The mayor was defensive when forced to explain the budget, saying, "We did our best."`, []want{
			{"We did our best", "direct", "The mayor", RuleParticiple},
		}, true},
	})
}

// Attributions after what they report, with the subject after the verb or
// before it: "…, analysts say", "…, CNN reports", `"…," said X`.
func TestInverted(t *testing.T) {
	runCases(t, []ruleCase{
		{"analysts say", `Inflation will ease by the autumn, analysts say.`, []want{
			{"Inflation will ease by the autumn", "indirect", "analysts", RuleInverted},
		}, true},
		{"a broadcaster reports", `The president will visit Kyiv next week, CNN reports.`, []want{
			{"The president will visit Kyiv", "indirect", "CNN", RuleInverted},
		}, true},
		{"reads the report", `The economy will shrink by 2 percent this year, reads the report.`, []want{
			{"The economy will shrink", "indirect", "the report", RuleInverted},
		}, true},
		{"said with a subject after it, AP", `"It's a bad deal for farmers," said Sen. Maria Lopez, a Democrat from Iowa.`, []want{
			{"It's a bad deal", "direct", "Sen. Maria Lopez", RuleCueAfter},
		}, true},
		{"a phrase of the speaker's before the verb", `Prices will keep rising well into next year, the bank's chief economist maintains.`, []want{
			{"Prices will keep rising", "indirect", "the bank's chief economist", RuleInverted},
		}, true},
		{"in the middle of the clause", `The port was closed for repairs, the harbour master said, and will reopen next week.`, []want{
			{"The port was closed for repairs", "indirect", "the harbour master", RuleInverted},
		}, true},
		{"not a verb whose subject comes before the content", `The senator, who said the bill was flawed, voted for it.`, []want{
			{"the bill was flawed", "indirect", "who", RuleIndirect},
		}, true},
	})
}

// Passives: a by-agent speaks; with none, "it is thought that" is said by
// no one (a quote with no speaker, of rule agentless).
func TestPassives(t *testing.T) {
	runCases(t, []ruleCase{
		{"by an agent", `The plan was criticised by the mayor as "reckless."`, []want{
			{"reckless", "partial", "the mayor", RulePassive},
		}, true},
		{"told by", `Reporters were told by officials that the road would stay shut.`, []want{
			{"the road would stay shut", "indirect", "officials", RulePassive},
		}, true},
		{"it is thought", `It is thought that the minister will resign before the summer.`, []want{
			{"the minister will resign", "indirect", "", RuleAgentless},
		}, true},
		{"it is understood, tabloid", `It is understood the club is unhappy with the referee.`, []want{
			{"the club is unhappy", "indirect", "", RuleAgentless},
		}, true},
		{"is said to", `The striker is said to be furious about the transfer.`, []want{
			{"The striker is said to be furious", "indirect", "", RuleAgentless},
		}, true},
	})
}

// A speaker is the subject's whole phrase: its post-modifiers, its
// possessors, an apposition that names it, a relative pronoun.
func TestSubjects(t *testing.T) {
	runCases(t, []ruleCase{
		{"for the campaign", `A spokesman for the campaign said the senator would not debate.`, []want{
			{"the senator would not debate", "indirect", "A spokesman for the campaign", RuleIndirect},
		}, true},
		{"in a place", `Officials in Washington said the talks had stalled.`, []want{
			{"the talks had stalled", "indirect", "Officials in Washington", RuleIndirect},
		}, true},
		{"familiar with", `Sources familiar with the talks said a deal was close.`, []want{
			{"a deal was close", "indirect", "Sources familiar with the talks", RuleIndirect},
		}, true},
		{"a statement from an office", `"We welcome it," a statement from Prime Minister Ali's office said.`, []want{
			{"We welcome it", "direct", "a statement from Prime Minister Ali's office", RuleCueAfter},
		}, true},
		{"a possessor's agent", `The singer's agent denied that the tour had been cancelled.`, []want{
			{"the tour had been cancelled", "indirect", "The singer's agent", RuleIndirect},
		}, true},
		{"a staff member of a hospital", `A hospital staff member told investigators that the ward had been short of nurses.`, []want{
			{"the ward had been short", "indirect", "A hospital staff member", RuleIndirect},
		}, true},
		{"an apposition names a description", `The minister, Jane Hart, said the plan was "simply unworkable".`, []want{
			{"simply unworkable", "partial", "Jane Hart", RuleReported},
		}, true},
		{"party and state in parentheses", `“The bill is dead on arrival,” Rep. Maria Lopez (D-Ariz.) said Thursday.`, []want{
			{"The bill is dead", "direct", "Rep. Maria Lopez", RuleCueAfter},
		}, true},
		{"a chain of appositions", `“The rules were never followed,” Ana Ruiz, the county’s chief auditor, a former prosecutor, said on Monday.`, []want{
			{"The rules were never followed", "direct", "Ana Ruiz", RuleCueAfter},
		}, true},
		{"who, in a relative clause", `The bishop, who says the church made mistakes, will retire in May.`, []want{
			{"the church made mistakes", "indirect", "who", RuleIndirect},
		}, true},
		{"a possessive determiner", `"Never trust a quiet river," my grandmother often said.`, []want{
			{"Never trust a quiet river", "direct", "my grandmother", RuleCueAfter},
		}, true},
		{"a pronoun after an opening phrase", `In a radio interview on Sunday she said the talks had stalled.`, []want{
			{"the talks had stalled", "indirect", "she", RuleIndirect},
		}, true},
		{"even before the subject", `Even the regulator, usually a cautious body, said the merger was "plainly harmful."`, []want{
			{"plainly harmful", "partial", "the regulator", RuleReported},
		}, true},
	})
}

// Documents, polls and figures speak: "the report shows", "a poll found".
func TestSources(t *testing.T) {
	runCases(t, []ruleCase{
		{"a report shows", `The report shows that one in five children lives in poverty.`, []want{
			{"one in five children", "indirect", "The report", RuleIndirect},
		}, true},
		{"a poll by a paper", `A poll by the Herald found that most voters oppose the tax.`, []want{
			{"most voters oppose the tax", "indirect", "A poll by the Herald", RuleIndirect},
		}, true},
		{"a survey, wire", `A Reuters survey shows that most farmers expect lower prices next year.`, []want{
			{"most farmers expect lower prices", "indirect", "A Reuters survey", RuleIndirect},
		}, false},
		{"a study, science", `The study, published in the Lancet, shows a clear link between sleep and memory.`, []want{
			{"a clear link between sleep and memory", "indirect", "The study", RuleIndirect},
		}, true},
	})
}

// Content ends where a second attribution begins: ", saying …", "and
// said …", "while X argued …".
func TestSecondCue(t *testing.T) {
	runCases(t, []ruleCase{
		{"and said", `The coach said the team was tired and said two players were injured.`, []want{
			{"the team was tired", "indirect", "The coach", RuleIndirect},
			{"two players were injured", "indirect", "The coach", RuleIndirect},
		}, true},
		{"and the captain noted", `The coach said the team was tired, and the captain noted that two players were injured.`, []want{
			{"the team was tired", "indirect", "The coach", RuleIndirect},
			{"two players were injured", "indirect", "the captain", RuleIndirect},
		}, true},
		{"saying", `The mayor said the bridge would reopen in May, saying repairs were ahead of schedule.`, []want{
			{"the bridge would reopen in May", "indirect", "The mayor", RuleIndirect},
			{"repairs were ahead of schedule", "indirect", "The mayor", RuleParticiple},
		}, true},
		{"while", `While the mayor insisted the budget was sound, the auditor argued it was short by millions.`, []want{
			{"the budget was sound", "indirect", "the mayor", RuleIndirect},
			{"it was short by millions", "indirect", "the auditor", RuleIndirect},
		}, true},
		{"a coordinated verb after an act", `Police arrested two men on Friday and said more arrests were likely.`, []want{
			{"more arrests were likely", "indirect", "Police", RuleIndirect},
		}, true},
	})
	// no content runs into the second attribution
	for _, src := range []string{
		`The coach said the team was tired and said two players were injured.`,
		`The coach said the team was tired, and the captain noted that two players were injured.`,
	} {
		a := parse(t, src)
		for _, q := range Extract(a, nil) {
			if strings.Contains(q.Text(src), "said two") || strings.Contains(q.Text(src), "captain") {
				t.Errorf("%q: content runs into the next attribution: %q", src, q.Text(src))
			}
		}
	}
}

// What is no attribution: negated or refused saying, acts with a plain
// object, nouns that look like cues, a time in digits.
func TestNotAttributions(t *testing.T) {
	noCues(t, []string{
		`The ministry has not said the group is a target.`,
		`The ministry did not say whether the group is a target.`,
		`The Commission has not said whether it will order Google to sell its ad business.|order`,
		`Through a spokesman, he declined to comment.`,
		`The minister refused to confirm the figures.`,
		`The think tank published a report on housing.`,
		`The planning committee met on Tuesday.`,
		`Officials are planning a new bridge.`,
		`The council's plans to rebuild the bridge were shelved.`,
		`The detectives found the car abandoned near the river.`,
		`Television shows filmed in the city drew record crowds.`,
		`The club later posted a video of the innings on its website.`,
		`Adeyemi headed them in front and added a second from the penalty spot.`,
		`Seven premiers called on Ottawa to pause the increase, adding their voices to a campaign led by the opposition.|adding`,
		`Police seek driver after hit-and-run leaves cyclist injured`,
		"Posted 6:42 PM, October 3, 2014, by Web Staff\n\nA cyclist was hurt.",
		`Anyone with information is asked to call the police.`,
		`The rebels attempted one last attack on the city.`,
		`The district voted for the Democrat by 11 points in 2016.`,
		`It is a pact Moscow long had wanted, but the administration resisted.`,
		`Trump, who has called for a ban, spoke on Monday.|spoke`,
		`The fans seem happy.`,
	})
}
