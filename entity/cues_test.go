package entity

import (
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/internal/text"
)

// passOf reads src with a pass and returns it, its records kept.
func passOf(t *testing.T, src string) *Pass {
	t.Helper()
	a, err := article.Parse(src)
	if err != nil {
		t.Fatalf("article.Parse: %v", err)
	}
	p := new(Extractor).NewPass(a)
	r := text.GetReader(nil)
	for w := range a.Windows(r) {
		p.Window(w)
	}
	text.PutReader(r)
	return p
}

// recordOf returns the first record whose text is name.
func recordOf(p *Pass, name string) (*record, bool) {
	for i := range p.recs {
		if p.src[p.recs[i].start:p.recs[i].end] == name {
			return &p.recs[i], true
		}
	}
	return nil, false
}

// TestCues checks each construction that says what sort of actor a name
// is, on sentences written in several outlets' styles; a case with want 0
// must not give the cue.
func TestCues(t *testing.T) {
	for _, c := range []struct {
		name string // the construction
		src  string
		of   string // the name the cue is about
		cue  cue
		want bool
	}{
		// headCue
		{"org head", `The Labour Party said it would vote against the bill.`, "Labour Party", cueOrgHead, true},
		{"org head before of", `She studied at the University of Sydney before moving to Perth.`, "University of Sydney", cueOrgHead, true},
		{"org suffix", `Shares in Acme Widgets Inc. fell 4 percent on Monday.`, "Acme Widgets Inc.", cueOrgSuffix, true},
		{"place head", `Flooding closed roads along the Hudson River overnight.`, "Hudson River", cuePlaceHead, true},
		{"known place has no head cue", `Palestinians in the West Bank observed a strike.`, "West Bank", cueOrgHead, false},
		{"team after a place", `Holt made his debut for the Pittsburgh Pirates in 2012.`, "Pittsburgh Pirates", cueTeamPlural, true},
		{"team after the", `Fans of the Lions queued overnight for tickets.`, "Lions", cueTeamPlural, true},
		{"a surname is no team", `Police said Lewis was arrested at his home in Leeds.`, "Lewis", cueTeamPlural, false},
		// givenFirst
		{"given name", `Paris Hilton arrived at the premiere in a white gown.`, "Paris Hilton", cueGiven, true},
		{"no given name", `Fans of Led Zeppelin queued overnight for tickets.`, "Led Zeppelin", cueGiven, false},
		// initialInside
		{"initial", `The papers of John F. Kennedy go on display on Friday.`, "John F. Kennedy", cueInitial, true},
		// acronym
		{"acronym in running text", `The NHL suspended the player for two games.`, "NHL", cueAcronym, true},
		{"no acronym in a headline in capitals", "LEEDS BEAT HULL", "LEEDS", cueAcronym, false},
		// placePreposition
		{"in", `The company opened an office in Seattle last year.`, "Seattle", cueIn, true},
		{"from", `Ahmed, who moved from Leeds, said he was happy.`, "Leeds", cueAt, true},
		{"a possessor after in", `In Obama's speech the word appeared twice.`, "Obama", cueIn, false},
		// staffOf
		{"employer of a title", `A Google spokesman declined to comment.`, "Google", cueStaff, true},
		// commaRegion
		{"town and state", `He was arrested in Irving, Texas, last week.`, "Irving", cueComma, true},
		{"name and a possessive country", `Sergei Lavrov, Russia's foreign minister, said so.`, "Sergei Lavrov", cueComma, false},
		// contest
		{"winner", `Belgium beat Panama 3-0 in Sochi on Monday.`, "Belgium", cueContest, true},
		{"loser", `Belgium beat Panama 3-0 in Sochi on Monday.`, "Panama", cueContest, true},
		{"drew with", `Leeds drew with Hull at Elland Road.`, "Hull", cueContest, true},
		{"results row", `Hereford 4 1 1 2 3 6 4`, "Hereford", cueContest, true},
		{"criticism is no contest", `Russia faced criticism over the strikes.`, "Russia", cueContest, false},
		{"dateline is no score", "NOUAKCHOTT 1996-08-31\nMauritania drew with Benin.", "NOUAKCHOTT", cueContest, false},
		// competitor
		{"athlete and country", `2. Jearl Miles (U.S.) 50.42`, "Jearl Miles", cueCompetitor, true},
		// kinOwned
		{"family", `Smith's wife said he had been ill for months.`, "Smith", cueKin, true},
		// ageAfter
		{"age", `John Smith, 45, was charged with theft.`, "John Smith", cueAge, true},
		// compounds
		{"based", `The Seattle-based company said sales rose.`, "Seattle", cueBased, true},
		// placeInName
		{"club after a city", `The win over Real Madrid pleased coach Fabio Capello.`, "Real Madrid", cuePlaceInName, true},
		{"person with a place's name", `Paris Hilton arrived late.`, "Paris Hilton", cuePlaceInName, false},
		// a given name and a surname that also ends places
		{"tabloid: a person named Lane", `EastEnders favourite Jessie Lane has hit back at her ex.`, "Jessie Lane", cueGiven, true},
		{"local: a park is a place", `Crowds gathered in Gorky Park on Sunday.`, "Gorky Park", cuePlaceHead, true},
		{"sport: a ground after at", `South Africa beat New Zealand at Ellis Park on Saturday.`, "Ellis Park", cuePlaceHead, true},
		{"a river stays a place", `Floods hit towns along the Jordan River.`, "Jordan River", cueGiven, false},
		// orgInName
		{"local radio of a broadcaster", `Okafor told BBC Radio Harbridge he was delighted.`, "BBC Radio Harbridge", cueOrgInName, true},
		{"a person's name is none", `Marcus Hale said the bill would pass.`, "Marcus Hale", cueOrgInName, false},
		{"a common word is none", `Protesters gathered outside City Hall on Monday.`, "City Hall", cueOrgInName, false},
		// contests
		{"sport: lost to", `Hereford lost to Leeds on Saturday.`, "Leeds", cueContest, true},
		{"sport: played at a ground is no side", `England played at Wembley on Tuesday.`, "Wembley", cueContest, false},
		{"sport: lost in a town is no side", `The champions lost in Leeds last week.`, "Leeds", cueContest, false},
		// offices
		{"wire: an office with of", `The Secretary of State flew to Riyadh on Sunday.`, "Secretary of State", cueOffice, true},
		{"speech: a chair", `And thank you, Chair of the Space Council, for your patience.`, "Chair of the Space Council", cueOffice, true},
		{"broadsheet: a title last", `The Home Secretary said the plan was lawful.`, "Home Secretary", cueOffice, true},
		{"a paper is no office", `The Toronto Star said the mayor had resigned.`, "Toronto Star", cueOffice, false},
		{"a bank is no office", `Shares rose after the Bank of England cut rates.`, "Bank of England", cueOffice, false},
		{"a ministry is no office", `The Ministry of Defence said two soldiers died.`, "Ministry of Defence", cueOffice, false},
		// brand
		{"brand", `She uploads a new video to YouTube every week.`, "YouTube", cueBrand, true},
		{"Mc is no brand", `Police said McDonald was arrested.`, "McDonald", cueBrand, false},
		{"wire: a site glued to news", `Ynetnews reported the strike late on Tuesday.`, "Ynetnews", cueBrand, true},
		{"tech desk: a site glued to pedia", `Editors of Grokipedia rewrote the entry overnight.`, "Grokipedia", cueBrand, true},
		{"business: a maker glued to soft", `Shares in Quantasoft fell 4 percent.`, "Quantasoft", cueBrand, true},
		{"tabloid: a social network", `She posted the photo to Snapbook on Sunday.`, "Snapbook", cueBrand, true},
		{"local: a surname is no brand", `Councillor Holbrook voted against the plan.`, "Holbrook", cueBrand, false},
		{"sport: a short stem is no brand", `Eubank won on points in Manchester.`, "Eubank", cueBrand, false},
		{"news alone is no brand", `The BBC said News was a word.`, "News", cueBrand, false},
		// capitalThe
		{"capital The", `He was quoted by The Onion last year.`, "Onion", cueTheName, true},
		// speaker
		{"speaker", `Jackson said the vote would be close.`, "Jackson", cueSpeaker, true},
		{"object is no speaker", `Police arrested Jackson on Friday.`, "Jackson", cueSpeaker, false},
		// title and honorific
		{"title", `Coach Jane Moss praised the defence.`, "Jane Moss", cueTitle, true},
		{"honorific", `Mr. Brown declined to comment.`, "Brown", cueHonorific, true},
		{"lower-case role", `Team member Rodaba Noori told the press.`, "Rodaba Noori", cueApposPerson, true},
		// appositions
		{"apposition of a person", `Ahmed Mohamed, a 14-year-old student, was arrested.`, "Ahmed Mohamed", cueApposPerson, true},
		{"apposition of an organisation", `Acme, a software company, hired 200 people.`, "Acme", cueApposOrg, true},
	} {
		p := passOf(t, c.src)
		r, ok := recordOf(p, c.of)
		if !ok {
			t.Errorf("%s: %q: no mention %q", c.name, c.src, c.of)
			continue
		}
		if got := r.cues&c.cue != 0; got != c.want {
			t.Errorf("%s: %q: %q has cue %v, want %v (cues %b)", c.name, c.src, c.of, got, c.want, r.cues)
		}
	}
}
