package entity_test

import (
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// entityOf returns the entity one of whose mentions is the text m, and
// whether there is one.
func entityOf(a *article.Article, ents []entity.Entity, m string) (entity.Entity, bool) {
	for _, e := range ents {
		for _, x := range e.Mentions {
			if a.Text(x.Span) == m {
				return e, true
			}
		}
	}
	return entity.Entity{}, false
}

// TestKinds checks kinds weighed from what the tables know and from the
// context, on sentences written in several outlets' styles: a known name is
// a prior, the sentence the evidence.
func TestKinds(t *testing.T) {
	for _, c := range []struct {
		name, src, mention string
		want               entity.Kind
	}{
		// a known name is a prior, not a verdict
		{"wire: a speaker", `Jackson said the vote would be close.`, "Jackson", entity.KindPerson},
		{"local: a town", `The council met in Jackson on Tuesday.`, "Jackson", entity.KindPlace},
		{"tabloid: a given name first", `Paris Hilton arrived at the premiere in a white gown.`, "Paris Hilton", entity.KindPerson},
		{"foreign: a capital", `The delegation flew on to Paris on Monday.`, "Paris", entity.KindPlace},
		{"broadsheet: a seat of government", `Washington has said it will impose sanctions.`, "Washington", entity.KindPlace},
		{"history: a president's surname", `George Washington crossed the river. Washington said he would fight.`, "Washington", entity.KindPerson},
		// titles and honorifics
		{"wire: a title", `Coach Jane Moss praised the defence.`, "Jane Moss", entity.KindPerson},
		{"broadsheet: an honorific", `Mr. Abernathy declined to comment.`, "Abernathy", entity.KindPerson},
		// heads and suffixes of organisations and places
		{"local: a party", `The Green Party said it would field a candidate.`, "Green Party", entity.KindOrganization},
		{"business: a suffix", `Shares in Acme Widgets Inc. fell 4 percent.`, "Acme Widgets Inc.", entity.KindOrganization},
		{"science: a university", `Researchers at the University of Sydney found the gene.`, "University of Sydney", entity.KindOrganization},
		{"media: a paper", `The Daily Mirror said the singer had left.`, "Daily Mirror", entity.KindOrganization},
		{"foreign: a region ending with a point of the compass", `Iran is going to take over the Middle East, the senator said.`, "Middle East", entity.KindPlace},
		{"broadsheet: the Far East", `Trade with the Far East grew fastest.`, "Far East", entity.KindPlace},
		{"features: the Deep South", `The tour ends in the Deep South next month.`, "Deep South", entity.KindPlace},
		{"a given name is no region", `Emma West scored twice for the visitors.`, "Emma West", entity.KindPerson},
		{"wire: an office", `Talks ended after the Secretary of State left Riyadh.`, "Secretary of State", entity.KindPerson},
		{"science: a chair", `She was elected President of the Royal Astronomical Society in 2019.`, "President of the Royal Astronomical Society", entity.KindPerson},
		{"tabloid: a paper is no office", `The Morning Star said the strike would go ahead.`, "Morning Star", entity.KindOrganization},
		{"local: a hall", `The orchestra last played at Carnegie Hall in 1984.`, "Carnegie Hall", entity.KindPlace},
		{"foreign desk: a mosque", `A crane fell into the Grand Mosque on Friday, killing 107 people.`, "Grand Mosque", entity.KindPlace},
		{"broadsheet: an abbey", `The couple married at Westminster Abbey in April.`, "Westminster Abbey", entity.KindPlace},
		{"a church is still a body", `The Catholic Church said it would review the case.`, "Catholic Church", entity.KindOrganization},
		{"local: a river", `Flooding closed roads along the Hudson River overnight.`, "Hudson River", entity.KindPlace},
		{"sport: an acronym", `The NHL suspended the player for two games.`, "NHL", entity.KindOrganization},
		{"media: a site glued to news", `Ynetnews interviewed the minister on Sunday. The minister told Ynetnews he would resign.`, "Ynetnews", entity.KindOrganization},
		{"tech: a site glued to pedia", `Grokipedia said it had corrected the entry.`, "Grokipedia", entity.KindOrganization},
		// places by context
		{"local: in", `The bakery opened a second shop in Ballymena last year.`, "Ballymena", entity.KindPlace},
		{"wire: a town and its state", `Ahmed Mohamed, 14, was arrested in Irving, Texas, last week.`, "Irving", entity.KindPlace},
		{"business: based", `The Seattle-based retailer cut 300 jobs.`, "Seattle", entity.KindPlace},
		{"known places", `He moved to Las Vegas and then to Quebec City.`, "Quebec City", entity.KindPlace},
		// sport: sides of a contest, named after towns
		{"sport: a result", `Leicestershire beat Somerset by an innings at Grace Road.`, "Somerset", entity.KindOrganization},
		{"sport: a team after a place", `Holt made his debut for the Pittsburgh Pirates in 2012.`, "Pittsburgh Pirates", entity.KindOrganization},
		{"sport: an athlete and country", `2. Jearl Miles (U.S.) 50.42`, "Jearl Miles", entity.KindPerson},
		// appositions
		{"apposition of a person", `Tavi Rook, a 19-year-old student, was hurt.`, "Tavi Rook", entity.KindPerson},
		{"apposition of a company", `Quorvex, a software company, hired 200 people.`, "Quorvex", entity.KindOrganization},
	} {
		a, ents := extract(t, c.src)
		e, ok := entityOf(a, ents, c.mention)
		if !ok {
			t.Errorf("%s: %q: no mention %q", c.name, c.src, c.mention)
			continue
		}
		if e.Kind != c.want {
			t.Errorf("%s: %q: %q is %v, want %v", c.name, c.src, c.mention, e.Kind, c.want)
		}
	}
}
