package newsmodel_test

import (
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/quote"
)

// TestCompareReportedSpeech: a wire story reprinted by a local paper with
// light edits shares its reported speech, which Compare aligns; quoted
// words align with quoted words only, and a paraphrase of other words
// aligns with nothing.
func TestCompareReportedSpeech(t *testing.T) {
	wire := `Port authority plans new ferry terminal

The regional port authority said on Tuesday that construction of a second ferry terminal would begin next spring and cost about $40 million.

"This is the biggest investment in the harbour in a generation," authority chair Helen Okafor told reporters.

Okafor said the terminal would cut waiting times for freight lorries by half.
`
	local := `Ferry terminal to be built next spring

The regional port authority said Tuesday that construction of a second ferry terminal will begin next spring and cost about $40 million.

Fishermen's union leader Tom Reddy said the plans ignored the needs of the small boats that use the harbour.

"This is the biggest investment in the harbour in a generation," authority chair Helen Okafor told reporters.
`
	a, err := newsmodel.Analyze(wire, newsmodel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := newsmodel.Analyze(local, newsmodel.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := newsmodel.Compare(a, b)
	kinds := map[quote.Kind]int{}
	for _, g := range c.Quotes {
		if len(g) != 2 {
			t.Fatalf("group %v: want one quote of each report", g)
		}
		qa, qb := a.Quotes[g[0].Quote], b.Quotes[g[1].Quote]
		if (qa.Kind == quote.KindIndirect) != (qb.Kind == quote.KindIndirect) {
			t.Errorf("a %s quote aligned with a %s one", qa.Kind, qb.Kind)
		}
		kinds[qa.Kind]++
	}
	if kinds[quote.KindIndirect] != 1 || kinds[quote.KindDirect] != 1 {
		t.Errorf("aligned %v, want the reported statement and the direct quote", kinds)
	}
}
