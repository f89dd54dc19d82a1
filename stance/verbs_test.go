package stance_test

import "testing"

// TestVerbStance: the holder is the subject of the cue verb's clause, the
// target its object or the object of its preposition.
func TestVerbStance(t *testing.T) {
	checkCases(t, []stanceCase{
		{"wire-object", "BRUSSELS (Reuters) - The European Commission on Tuesday condemned Washington's new steel tariffs.",
			[]string{"The European Commission -> Washington's new steel tariffs : oppose"}},
		{"wire-endorse", "Governor Maria Lopez endorsed Senator Tom Reed for president on Friday.",
			[]string{"Governor Maria Lopez -> Senator Tom Reed : support"}},
		{"tabloid-slam", "The striker slammed the referee after the final whistle.",
			[]string{"The striker -> the referee : oppose"}},
		{"foreign-fought-alongside", "Kurdish fighters fought alongside US troops near Raqqa.",
			[]string{"Kurdish fighters -> US troops : support"}},
		{"local-perfect", "Local residents have backed the council's plan for a new library.",
			[]string{"Local residents -> the council's plan : support"}},
		{"broadsheet-accuse", "The Liberal Democrats accused the chancellor of misleading voters.",
			[]string{"The Liberal Democrats -> the chancellor : oppose"}},
		{"science-criticise", "Researchers at the institute criticised the journal's decision.",
			[]string{"Researchers at the institute -> the journal's decision : oppose"}},
		{"sport-preposition", "Fans rallied behind the beleaguered manager on Saturday.",
			[]string{"Fans -> the beleaguered manager : support"}},
		{"foreign-call-for", "The opposition called for an independent inquiry into the vote.",
			[]string{"The opposition -> an independent inquiry : support"}},
		{"wire-blame-for", "The manager blamed the players for the defeat.",
			[]string{"The manager -> the players : oppose"}},
		{"broadsheet-coordinated-holders", "France and Germany backed the Paris agreement.",
			[]string{"France -> the Paris agreement : support", "Germany -> the Paris agreement : support"}},
		// a list of names with their descriptions: each a holder, though the text layer reads the second as an apposition
		{"broadsheet-listed-names", "At the rally, novelist Mia Cole, singer Ana Ruiz, actor Tom Vance and other speakers attacked the governor.",
			[]string{"novelist Mia Cole -> the governor : oppose", "singer Ana Ruiz -> the governor : oppose",
				"actor Tom Vance -> the governor : oppose", "other speakers -> the governor : oppose"}},
		{"sport-listed-names", "Striker Lee Park, defender Ola Berg and goalkeeper Sam Hill praised the manager.",
			[]string{"Striker Lee Park -> the manager : support", "defender Ola Berg -> the manager : support", "goalkeeper Sam Hill -> the manager : support"}},
		{"local-apposition-not-listed", "The councillor, a teacher and a mother of three, criticised the cuts.",
			[]string{"The councillor -> the cuts : oppose"}},
		{"local-particle", "Senator Dana Bright came out against the pipeline bill.",
			[]string{"Senator Dana Bright -> the pipeline bill : oppose"}},
		// an aside between dashes or brackets after a slot: the pattern goes on after it
		{"broadsheet-dash-aside", "The minister vowed to bar foreign donors — some of them oligarchs — from the party conference.",
			[]string{"The minister -> foreign donors : oppose"}},
		{"wire-bracket-aside", "Regulators accused the lender (a unit of Harbour Group) of misleading savers.",
			[]string{"Regulators -> the lender : oppose"}},
		{"sport-dash-aside", "The league banned the club's owner — a property developer — from the stadium.",
			[]string{"The league -> the club's owner : oppose"}},
		{"tabloid-call-on", "Fans called on the chairman to resign.",
			[]string{"Fans -> the chairman : oppose"}},
		{"wire-light-noun", "Charter Communications unleashed a verbal attack on Time Warner Cable.",
			[]string{"Charter Communications -> Time Warner Cable : oppose"}},
		// negative cases: no stance where the cue is no verb of a clause,
		// or names help, protection, targeting, crime or courts
		{"no-cue-in-compound", "The support group met on Tuesday.", nil},
		{"no-armed-forces", "The armed forces and a back channel to Tehran were discussed.", nil},
		{"no-help", "The charity helped families in the flooded valley.", nil},
		{"no-protect", "Police protected the marchers from counter-protesters.", nil},
		{"no-target", "Hackers targeted the voter registration systems of several states.", nil},
		{"no-court", "Prosecutors charged the club's former treasurer with fraud.", nil},
		{"no-jail", "The court jailed the former minister for six years.", nil},
		{"no-thing-holder", "The ruling sounded the death knell for the old franchise model.", nil},
		{"no-stop", "Rebels agreed to a truce, halting attacks on the capital for a week.", nil},
	}, false)
}

// TestPassiveStance: a passive's by-agent holds the stance, its subject is
// the target.
func TestPassiveStance(t *testing.T) {
	checkCases(t, []stanceCase{
		{"local-passive", "The new stadium plan was rejected by the city council on Monday.",
			[]string{"the city council -> The new stadium plan : oppose"}},
		{"wire-perfect-passive", "The nominee has been endorsed by dozens of newspapers.",
			[]string{"dozens of newspapers -> The nominee : support"}},
		{"broadsheet-reduced", "The candidate backed by the unions won the seat.",
			[]string{"the unions -> The candidate : support"}},
		{"foreign-between-commas", "The plan, backed by Moscow, failed in the end.",
			[]string{"Moscow -> The plan : support"}},
		{"sport-coordinated", "It is a change that is backed by the players but opposed by many fans.",
			[]string{"the players -> a change : support", "many fans -> a change : oppose"}},
		{"no-agent", "The plan was rejected on Monday.", nil},
	}, false)
}

// TestRelativeObject: a transitive cue in a relative clause finds its
// object in the noun the clause hangs on.
func TestRelativeObject(t *testing.T) {
	checkCases(t, []stanceCase{
		{"foreign-reduced-relative", "It is a treaty Paris had long wanted, but Berlin resisted.",
			[]string{"Paris -> a treaty : support", "Berlin -> a treaty : oppose"}},
		{"broadsheet-that", "The levy is a tax that most voters reject.",
			[]string{"most voters -> a tax : oppose"}},
		{"tabloid-whom", "He is the manager whom the owner attacked for his tactics.",
			[]string{"the owner -> the manager : oppose"}},
		{"no-object", "The talks collapsed, and officials left.", nil},
	}, false)
}
