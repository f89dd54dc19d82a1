package newsmodel

import (
	"cmp"
	"slices"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

// A Comparison relates several analysed reports of the same events: the
// actors they share, the quotes they both carry, where their stances agree
// or contradict, and each report's timeline.
type Comparison struct {
	// Reports are the analyses compared, in the order given.
	Reports []*Analysis
	// Actors groups the entities of all reports that denote the same actor
	// (by normalised name, alias and gazetteer: "Bashar Assad" and "Bashar
	// al Assad", "IS" and "DAESH"), one group per actor, including actors
	// only one report names; see [entity.Merge].
	Actors []entity.Group
	// Quotes groups the quotes that two or more reports share; see
	// [quote.Align]. Quoted words align with quoted words, reported speech
	// with reported speech (a wire story reprinted with light edits), never
	// one with the other.
	Quotes [][]quote.Member
	// Stances groups the support and oppose relations of all reports by
	// holder and target, with actors identified across reports; see
	// [stance.Compare].
	Stances []stance.Finding
	// Timelines holds, per report, its time expressions that resolved to
	// a calendar date, in date order; see [Timeline].
	Timelines [][]article.Timex
}

// Compare relates several analysed reports. It is safe for concurrent use;
// it does not modify the analyses.
func Compare(reports ...*Analysis) *Comparison {
	c := &Comparison{Reports: reports}
	ents := make([][]entity.Entity, len(reports))
	quoted := make([][]string, len(reports))   // the quotes in marks; "" for others
	reported := make([][]string, len(reports)) // reported speech; "" for others
	for i, an := range reports {
		ents[i] = an.Entities
		for _, q := range an.Quotes {
			t := q.Text(an.Article.Source)
			if q.Kind == quote.KindIndirect {
				quoted[i], reported[i] = append(quoted[i], ""), append(reported[i], t)
			} else {
				quoted[i], reported[i] = append(quoted[i], t), append(reported[i], "")
			}
		}
		c.Timelines = append(c.Timelines, Timeline(an))
	}
	c.Actors = entity.Merge(ents)
	c.Quotes = append(quote.Align(quoted), quote.Align(reported)...)
	slices.SortFunc(c.Quotes, func(a, b []quote.Member) int {
		return cmp.Or(cmp.Compare(a[0].Report, b[0].Report), cmp.Compare(a[0].Quote, b[0].Quote))
	})

	// Name every resolved party by its actor group, so that a stance on
	// "Bashar Assad" in one report meets one on "Bashar al Assad" in another.
	groupName := map[entity.Member]string{}
	for _, g := range c.Actors {
		for _, m := range g.Members {
			groupName[m] = g.Name
		}
	}
	srs := make([]stance.Report, len(reports))
	for i, an := range reports {
		rels := slices.Clone(an.Stances)
		for j := range rels {
			for _, p := range []*stance.Party{&rels[j].Holder, &rels[j].Target} {
				if name, ok := groupName[entity.Member{Report: i, Entity: p.Entity}]; ok && p.Entity != "" {
					p.Name = name
				}
			}
		}
		srs[i] = stance.Report{Relations: rels}
	}
	c.Stances = stance.Compare(srs...)
	return c
}

// ActorsOnlyIn returns the actors that report i names and no other report
// does, in order of first mention.
func (c *Comparison) ActorsOnlyIn(i int) []entity.Group {
	var out []entity.Group
	for _, g := range c.Actors {
		if len(g.Members) > 0 && !slices.ContainsFunc(g.Members, func(m entity.Member) bool { return m.Report != i }) &&
			slices.ContainsFunc(g.Members, func(m entity.Member) bool { return m.Report == i }) {
			out = append(out, g)
		}
	}
	return out
}

// QuotesOnlyIn returns the indexes of report i's quotes that no other
// report carries.
func (c *Comparison) QuotesOnlyIn(i int) []int {
	shared := map[int]bool{}
	for _, g := range c.Quotes {
		for _, m := range g {
			if m.Report == i {
				shared[m.Quote] = true
			}
		}
	}
	var out []int
	for q := range c.Reports[i].Quotes {
		if !shared[q] {
			out = append(out, q)
		}
	}
	return out
}

// Timeline returns the time expressions of an that resolved to a calendar
// date, in date order (coarser dates after finer ones that start with them,
// ties in document order). Durations, recurrences and unresolved
// expressions are left out.
func Timeline(an *Analysis) []article.Timex {
	var out []article.Timex
	for _, t := range an.Times {
		if !t.Value.IsZero() {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(x, y article.Timex) int {
		return cmp.Or(x.Value.Time().Compare(y.Value.Time()), cmp.Compare(y.Value.Precision, x.Value.Precision))
	})
	return out
}
