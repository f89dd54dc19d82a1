package entity_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

func ExampleExtract() {
	a, _ := article.Parse(`Top US envoy John Kerry met Russian President Vladimir Putin on Thursday. "We will see," Kerry said. Putin said he was looking for "tangible results." A senior US official said the talks were useful.`)
	for _, e := range entity.Extract(a) {
		fmt.Printf("%s %s (%s) %q %s:", e.ID, e.Name, e.Kind, e.Titles, e.Affiliation)
		for _, m := range e.Mentions {
			fmt.Printf(" %q/%s", a.Text(m.Span), m.Form)
		}
		fmt.Println()
	}
	// Output:
	// e1 United States (place) [] : "US"/alias "US"/alias
	// e2 John Kerry (person) ["Envoy"] United States: "John Kerry"/name "Kerry"/surname
	// e3 Russia (place) [] : "Russian"/demonym
	// e4 Vladimir Putin (person) ["President"] Russia: "Vladimir Putin"/name "Putin"/surname "he"/pronoun
	// e5 A senior US official (person) [] United States: "official"/anonymous
}

func ExampleMentionAt() {
	src := "Kremlin spokesperson Dmitry Peskov said he would wait."
	a, _ := article.Parse(src)
	ents := entity.Extract(a)
	// the subject of "said", as a quote finder sees it
	e, m, ok := entity.MentionAt(ents, article.Span{Start: 0, End: 34})
	fmt.Println(ents[e].Name, ents[e].Titles, ents[e].Affiliation, a.Text(ents[e].Mentions[m].Span), ok)
	// Output:
	// Dmitry Peskov [Spokesperson] the Kremlin Dmitry Peskov true
}

func ExampleMerge() {
	var reports [][]entity.Entity
	for _, src := range []string{
		"Syrian President Bashar Assad vowed to fight IS, The Washington Post said.",
		"Bashar al Assad denounced DAESH, TheWashington Post reported.",
	} {
		a, _ := article.Parse(src)
		reports = append(reports, entity.Extract(a))
	}
	for _, g := range entity.Merge(reports) {
		if len(g.Members) > 1 {
			fmt.Println(g.Name, g.Members)
		}
	}
	// Output:
	// Bashar al Assad [{0 e2} {1 e1}]
	// Islamic State [{0 e3} {1 e2}]
	// The Washington Post [{0 e4} {1 e3}]
}

func ExampleNormalizeName() {
	fmt.Println(entity.NormalizeName("al-Qaida's"))
	fmt.Println(entity.NormalizeName("TheWashington Post"))
	fmt.Println(entity.NormalizeName("Lávrov"))
	// Output:
	// al qaida
	// the washington post
	// lavrov
}

func ExampleParseGazetteer() {
	g, err := entity.ParseGazetteer(`# my additions
organization Syrian Observatory for Human Rights | alias=SOHR, Observatory
place the Élysée | of=France
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	e, form, _ := g.Lookup("SOHR")
	fmt.Println(e.Name, form)
	_, err = entity.ParseGazetteer("planet Mars")
	fmt.Println(err)
	// Output:
	// Syrian Observatory for Human Rights alias
	// entity: 1:1: unknown kind
}
