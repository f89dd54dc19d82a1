package newsmodel_test

import (
	"fmt"
	"strings"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/entity"
)

// Importers' tests can read the fixture reports by name.
func ExampleFixture() {
	text, err := newsmodel.Fixture(newsmodel.KremlinWire)
	if err != nil {
		panic(err)
	}
	first, _, _ := strings.Cut(text, ",")
	fmt.Println(first)
	// Output: US Secretary of State John Kerry met Russian President Vladimir Putin in the Kremlin yesterday to present him the new ideas. The eight-page proposal
}

func ExampleAnalyze() {
	src := "date 2016-07-15 US Secretary of State John Kerry met Russian President Vladimir Putin on Thursday.\n\n" +
		"\"We need a solution,\" Kerry told reporters. Kremlin spokesman Dmitry Peskov said Russia backed the plan.\n"
	an, err := newsmodel.Analyze(src, newsmodel.Options{})
	if err != nil {
		panic(err)
	}
	for _, t := range an.Times {
		fmt.Println("time:", t.Span.Text(src), t.Value)
	}
	for _, q := range an.Quotes {
		speaker := "an unknown speaker" // Entity is nil when the speaker is unresolved
		if e := an.Entity(q.Speaker.Entity); e != nil {
			speaker = e.Name
		}
		fmt.Printf("%s quote of %s: %s\n", q.Kind, speaker, q.Text(src))
	}
	for _, r := range an.Stances {
		fmt.Printf("stance: %s %s %s\n", r.Holder.Text, r.Polarity, r.Target.Text)
	}
	// Output:
	// time: Thursday 2016-07-14
	// direct quote of John Kerry: "We need a solution,"
	// indirect quote of Dmitry Peskov: Russia backed the plan
	// stance: Russia support the plan
}

func ExampleCompare() {
	var reports []*newsmodel.Analysis
	for _, name := range newsmodel.FixtureNames() {
		src, err := newsmodel.Fixture(name)
		if err != nil {
			panic(err)
		}
		an, err := newsmodel.Analyze(src, newsmodel.Options{})
		if err != nil {
			panic(err)
		}
		reports = append(reports, an)
	}
	c := newsmodel.Compare(reports...)
	for _, g := range c.Quotes {
		for _, m := range g {
			an := reports[m.Report]
			q := an.Quotes[m.Quote]
			if e := an.Entity(q.Speaker.Entity); e != nil {
				fmt.Printf("report %d, %s: %.40s…\n", m.Report, e.Name, q.Text(an.Article.Source))
			}
		}
	}
	for _, g := range c.ActorsOnlyIn(1) {
		if g.Kind == entity.KindPerson {
			fmt.Println("only in report 1:", g.Name)
		}
	}
	// Output:
	// report 0, John Kerry: "Hopefully we'll be able to make some ge…
	// report 1, John Kerry: "Hopefully we'll be able to make some ge…
	// only in report 1: Josh Earnest
}
