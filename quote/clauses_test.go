package quote

import "testing"

// Constructions of clauses around a cue, on sentences written for these
// tests in the styles of several outlets.
func TestClauseConstructions(t *testing.T) {
	tests := []struct {
		name, src string
		want      []want
	}{
		{"a coordinated subject with a relative clause, foreign desk", `Diplomats in Addis Ababa said Egypt and the Emirates, which back opposing sides, were unlikely to sign.`, []want{
			{"Egypt and the Emirates, which back opposing sides, were unlikely to sign", "indirect", "Diplomats in Addis Ababa", RuleIndirect},
		}},
		{"a cue with no clause ends the clause before", `When the mayor noted that the budget was short ― as it had been for years ― the governor replied, “We will find the money.”`, []want{
			{"the budget was short ― as it had been for years", "indirect", "the mayor", RuleIndirect},
			{"We will find the money", "direct", "the governor", RuleCueBefore},
		}},
		{"a speech verb ends the speaker's phrase", `Prices will keep rising well into next year, the bank's chief economist maintains.`, []want{
			{"Prices will keep rising", "indirect", "the bank's chief economist", RuleInverted},
		}},
		{"told someone to", `The coach told his players to forget the last match.`, []want{
			{"to forget the last match", "indirect", "The coach", RuleIndirect},
		}},
		{"a bare plural subject after a cognition verb", `Many farmers believe subsidies and tariffs are unfair.`, []want{
			{"subsidies and tariffs are unfair", "indirect", "Many farmers", RuleIndirect},
		}},
		{"expect after a plural subject", `Most economists expect the central bank to raise rates in June.`, []want{
			{"the central bank to raise rates", "indirect", "Most economists", RuleIndirect},
		}},
		{"spoke of", `The bishop spoke of a church that had lost its way.`, []want{
			{"a church that had lost its way", "indirect", "The bishop", RuleIndirect},
		}},
		{"complained about", `Passengers complained about the delays on the northern line.`, []want{
			{"the delays on the northern line", "indirect", "Passengers", RuleIndirect},
		}},
		{"according to a poll with a long name", `The governor leads by nine points among women, according to a Marist/NBC poll conducted last week.`, []want{
			{"The governor leads by nine points", "indirect", "a Marist/NBC poll conducted last week", RuleAccordingTo},
		}},
		{"according to, after a dash", `Half of the wells are dry — or nearly so — according to the regional water board.`, []want{
			{"Half of the wells are dry", "indirect", "the regional water board", RuleAccordingTo},
		}},
		{"pointed to", `The central bank pointed to weak exports as the main risk.`, []want{
			{"weak exports as the main risk", "indirect", "The central bank", RuleIndirect},
		}},
		{"called for, after a coordinated verb", `The union rejected the offer and called Monday for a new round of talks.`, []want{
			{"a new round of talks", "indirect", "The union", RuleIndirect},
		}},
		{"who says, in a relative clause", `The bishop, who says the church made mistakes, will retire in May.`, []want{
			{"the church made mistakes", "indirect", "who", RuleIndirect},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			qs := Extract(a, nil)
			check(t, a.Source, qs, tt.want)
			for _, q := range qs {
				if q.Speaker.Span.IsValid() && q.Rule != RuleTerm && !validSpeaker(a.Source, q) {
					t.Errorf("speaker %q", q.Speaker.Span.Text(a.Source))
				}
			}
		})
	}
}

// validSpeaker reports whether q's speaker span covers whole words.
func validSpeaker(src string, q Quote) bool {
	sp := q.Speaker.Span
	return sp.Start >= 0 && sp.End <= len(src) && (sp.End == len(src) || !isWordByte(src[sp.End])) && (sp.Start == 0 || !isWordByte(src[sp.Start-1]))
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// A relative clause's cue reports only up to the clause's closing comma,
// and a passive `is expected to` ends no clause.
func TestRelativeClauseBounds(t *testing.T) {
	src := `The bishop, who says the church made mistakes, will retire in May.`
	a := parse(t, src)
	for _, q := range Extract(a, nil) {
		if got := q.Span().Text(a.Source); got != "the church made mistakes" {
			t.Errorf("content %q", got)
		}
	}
}

func TestClauseAttribution(t *testing.T) {
	tests := []struct {
		name, src string
		want      []want
	}{
		{"headline subject before its -s verb", "Mayor Vows 'No Retreat' on Housing\n\nThe mayor spoke on Monday.", []want{
			{"No Retreat", "partial", "Mayor", RuleHeadline},
		}},
		{"headline with a plural subject", "Dock Workers Slam 'Insulting' Pay Offer\n\nTalks failed again.", []want{
			{"Insulting", "partial", "Dock Workers", ""},
		}},
		{"headline with a two-word name", "Anna Berg Unveils 'Bold' Budget\n\nThe finance minister spoke.", []want{
			{"Bold", "partial", "Anna Berg", RuleHeadline},
		}},
		{"headline colon after a topic", "Minister on Tariffs: 'We Will Not Blink'\n\nTrade talks resume today.", []want{
			{"We Will Not Blink", "direct", "Minister", RuleColon}, // the quotation is all the colon introduces
		}},
		{"a quote after reported speech continues its speaker", "\"Water is rising fast,\" the mayor said on Tuesday.\n\nThe levee will not survive another storm, the county engineer said. \"We have patched it four times this year.\"", []want{
			{"Water is rising fast", "direct", "the mayor", RuleCueAfter},
			{"We have patched it", "direct", "the county engineer", RuleContinues},
		}},
		{"a later attribution in a clause of its own", `While she conceded the figures were weak, Ms. Ortiz also argued the plan was "working as intended."`, []want{
			{"working as intended", "partial", "Ms. Ortiz", RuleReported},
		}},
		{"a reply after a comma", `He said the station would close, and when pressed on the date, the spokeswoman replied, "Soon."`, []want{
			{"Soon.", "direct", "the spokeswoman", RuleCueBefore},
		}},
		{"a date before the subject", `On March 3, 2019, the senator made this prediction: "The bill will pass by summer."`, []want{
			{"The bill will pass", "direct", "the senator", RuleColon},
		}},
		{"a colon after an adjective-coordinated object", `Ms. Lee is rolling out a new and more personal message: "This is about me."`, []want{
			{"This is about me", "direct", "Ms. Lee", RuleColon},
		}},
		{"a colon after an as-phrase", `The paper used one of her remarks as its headline: "Nobody listens to us."`, []want{
			{"Nobody listens to us", "direct", "The paper", RuleColon},
		}},
		{"a past participle is not a subject", `The mayor was defensive when forced to explain the budget, saying, "We did our best."`, []want{
			{"We did our best", "direct", "The mayor", RuleParticiple},
		}},
		{"transcript labels", "The interview went as follows:\n\n\"HOST: Will you run again?\n\n\"SMITH: I have not decided. My family comes first.\n\n\"HOST: Thank you.\"", []want{
			{"Will you run again", "direct", "HOST", RuleColon},
			{"I have not decided", "direct", "SMITH", RuleColon},
			{"Thank you", "direct", "HOST", RuleColon},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src)
			check(t, a.Source, Extract(a, nil), tt.want)
		})
	}
}

// A scare quote in a headline that opens with a determiner has no speaker.
func TestHeadlineScareQuote(t *testing.T) {
	src := "The 'Deplorables' Speech, One Year On\n\nVoters still argue about it."
	a := parse(t, src)
	for _, q := range Extract(a, nil) {
		if q.Kind != KindIndirect && q.Speaker.Span.IsValid() {
			t.Errorf("speaker %q for %q", q.Speaker.Span.Text(src), q.Span().Text(src))
		}
	}
}

// TestDatelineNotContent: a wire dateline opens the paragraph but is no part
// of what the source said after it.
func TestDatelineNotContent(t *testing.T) {
	for _, src := range []string{
		"LONDON, March 3 (Reuters) - Northwind Air will cut 1,200 jobs, the airline said on Tuesday.\n",
		"NAIROBI (AP) — The drought has killed half the herds, aid agencies said.\n",
	} {
		a := parse(t, src)
		qs := Extract(a, nil)
		if len(qs) == 0 {
			t.Fatalf("no quote in %q", src)
		}
		got := qs[0].Span().Text(src)
		if d := a.Dateline.Span; !d.IsValid() || qs[0].Span().Start < d.End {
			t.Errorf("content %q starts inside the dateline %q", got, d.Text(src))
		}
	}
}

// TestHeadlineLabel: a headline's label with a number or a time names an
// occasion, not a speaker; a name or a poll before the colon speaks.
func TestHeadlineLabel(t *testing.T) {
	for _, c := range []struct {
		src     string
		speaker string
	}{
		{"World Cup 2018 day five: Sweden, Belgium win\n\nSweden beat Korea.\n", ""},
		{"Election 2020: What the polls say now\n\nVoters head out.\n", ""},
		{"Senator: Talks are going nowhere\n\nThe senator spoke on Monday.\n", "Senator"},
	} {
		a := parse(t, c.src)
		got := ""
		for _, q := range Extract(a, nil) {
			if q.Rule == RuleColon {
				got = q.Speaker.Span.Text(a.Source)
			}
		}
		if got != c.speaker {
			t.Errorf("%q: colon speaker %q, want %q", c.src, got, c.speaker)
		}
	}
}
