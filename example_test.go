package newsmodel_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
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

// A Report renders an analysis as the JSON contract's report object, here
// inside a value of the caller's own.
func ExampleReport() {
	src := "\"We agree,\" Kerry said on Friday.\n"
	an, err := newsmodel.Analyze(src, newsmodel.Options{Reference: article.DayDate(2016, 7, 15)})
	if err != nil {
		panic(err)
	}
	b, err := json.Marshal(struct {
		Batch  int              `json:"batch"`
		Report newsmodel.Report `json:"report"`
	}{7, newsmodel.Report{ID: "wire-1", Analysis: an}})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"batch":7,"report":{"id":"wire-1","article":{"date":null,"headline":null,"paragraphs":[{"start":0,"end":33,"kind":"body"}]},"entities":[{"id":"e1","name":"Kerry","kind":"person","anonymous":false,"titles":[],"affiliation":"","aliases":[],"mentions":[{"start":12,"end":17,"text":"Kerry","form":"name"}]}],"quotes":[{"kind":"direct","text":"\"We agree,\"","content":[{"start":0,"end":11}],"speaker":{"entity":"e1","text":"Kerry","start":12,"end":17},"cue":{"text":"said","start":18,"end":22},"via":null}],"times":[{"start":26,"end":32,"text":"Friday","value":"2016-07-15"}],"stances":[]}}
}

// WriteJSON writes one line of JSON Lines a report: the output of a batch.
func ExampleReport_WriteJSON() {
	for i, src := range []string{"Kerry met Putin.", "Lavrov said Russia backed the plan."} {
		an, err := newsmodel.Analyze(src, newsmodel.Options{})
		if err != nil {
			panic(err)
		}
		r := newsmodel.Report{ID: fmt.Sprint(i + 1), Analysis: an}
		if err := r.WriteJSON(os.Stdout); err != nil {
			panic(err)
		}
	}
	// Output:
	// {"id":"1","article":{"date":null,"headline":null,"paragraphs":[{"start":0,"end":16,"kind":"body"}]},"entities":[{"id":"e1","name":"Kerry","kind":"person","anonymous":false,"titles":[],"affiliation":"","aliases":[],"mentions":[{"start":0,"end":5,"text":"Kerry","form":"name"}]},{"id":"e2","name":"Putin","kind":"person","anonymous":false,"titles":[],"affiliation":"","aliases":[],"mentions":[{"start":10,"end":15,"text":"Putin","form":"name"}]}],"quotes":[],"times":[],"stances":[]}
	// {"id":"2","article":{"date":null,"headline":null,"paragraphs":[{"start":0,"end":35,"kind":"body"}]},"entities":[{"id":"e1","name":"Lavrov","kind":"person","anonymous":false,"titles":[],"affiliation":"","aliases":[],"mentions":[{"start":0,"end":6,"text":"Lavrov","form":"name"}]},{"id":"e2","name":"Russia","kind":"place","anonymous":false,"titles":[],"affiliation":"","aliases":[],"mentions":[{"start":12,"end":18,"text":"Russia","form":"name"}]}],"quotes":[{"kind":"indirect","text":"Russia backed the plan","content":[{"start":12,"end":34}],"speaker":{"entity":"e1","text":"Lavrov","start":0,"end":6},"cue":{"text":"said","start":7,"end":11},"via":null}],"times":[],"stances":[{"holder":{"entity":"e2","text":"Russia"},"target":{"entity":null,"text":"the plan"},"polarity":"support","negated":false,"cue":{"text":"backed","start":19,"end":25},"evidence":{"start":0,"end":35}}]}
}
