package newsmodel_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/newsmodel/newsmodel"
	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

func analyzeFixture(t testing.TB, name string, opt newsmodel.Options) *newsmodel.Analysis {
	t.Helper()
	src, err := newsmodel.Fixture(name)
	if err != nil {
		t.Fatal(err)
	}
	an, err := newsmodel.Analyze(src, opt)
	if err != nil {
		t.Fatal(err)
	}
	return an
}

func entityNamed(an *newsmodel.Analysis, name string) *entity.Entity {
	for i := range an.Entities {
		if an.Entities[i].Name == name {
			return &an.Entities[i]
		}
	}
	return nil
}

func TestAnalyzeFixtures(t *testing.T) {
	full := analyzeFixture(t, newsmodel.KremlinFull, newsmodel.Options{})
	if full.Reference.String() != "2016-07-15" {
		t.Errorf("Reference = %v, want the header's 2016-07-15", full.Reference)
	}
	for _, name := range []string{"John Kerry", "Vladimir Putin", "Dmitry Peskov"} {
		if entityNamed(full, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	kerry := entityNamed(full, "John Kerry")
	said := 0
	for _, q := range full.Quotes {
		if kerry != nil && q.Speaker.Entity == kerry.ID {
			said++
		}
	}
	if said == 0 {
		t.Error("no quote attributed to Kerry")
	}
	if len(full.Stances) == 0 {
		t.Error("no stances")
	}

	wire := analyzeFixture(t, newsmodel.KremlinWire, newsmodel.Options{})
	if !wire.Reference.IsZero() {
		t.Errorf("undated report has Reference %v", wire.Reference)
	}
	ref := article.DayDate(2016, 7, 15)
	wire = analyzeFixture(t, newsmodel.KremlinWire, newsmodel.Options{Reference: ref})
	if wire.Reference != ref {
		t.Errorf("Reference = %v, want the option's %v", wire.Reference, ref)
	}
	found := false
	for _, tm := range wire.Times {
		found = found || tm.Span.Text(wire.Article.Source) == "yesterday" && tm.Value.String() == "2016-07-14"
	}
	if !found {
		t.Error("yesterday not resolved to 2016-07-14 with the Reference option")
	}
}

func TestCompareFixtures(t *testing.T) {
	full := analyzeFixture(t, newsmodel.KremlinFull, newsmodel.Options{})
	wire := analyzeFixture(t, newsmodel.KremlinWire, newsmodel.Options{})
	c := newsmodel.Compare(full, wire)
	shared := map[string]bool{}
	for _, g := range c.Actors {
		reports := map[int]bool{}
		for _, m := range g.Members {
			reports[m.Report] = true
		}
		if len(reports) == 2 {
			shared[g.Name] = true
		}
	}
	for _, name := range []string{"John Kerry", "Vladimir Putin", "al-Qaeda", "Islamic State", "Nusra Front", "The Washington Post"} {
		if !shared[name] {
			t.Errorf("actor %q not linked across the reports (shared: %v)", name, shared)
		}
	}
	if len(c.Quotes) != 1 || len(c.Quotes[0]) != 2 {
		t.Fatalf("aligned quotes = %v, want the one Kerry quote both carry", c.Quotes)
	}
	q := full.Quotes[c.Quotes[0][0].Quote]
	if got := q.Text(full.Article.Source); !strings.Contains(got, "Hopefully we'll be able") {
		t.Errorf("aligned quote = %.40q", got)
	}
	only := map[string]bool{}
	for _, g := range c.ActorsOnlyIn(0) {
		only[g.Name] = true
	}
	if !only["Dmitry Peskov"] || only["John Kerry"] {
		t.Errorf("ActorsOnlyIn(0) = %v", only)
	}
	if n := len(c.QuotesOnlyIn(1)); n != len(wire.Quotes)-1 {
		t.Errorf("QuotesOnlyIn(1) has %d, want %d", n, len(wire.Quotes)-1)
	}
	if len(c.Timelines) != 2 || len(c.Timelines[0]) == 0 || len(c.Timelines[1]) != 0 {
		t.Errorf("timelines = %d reports, %v", len(c.Timelines), c.Timelines)
	}
	if len(c.Stances) == 0 {
		t.Error("no stance findings")
	}
}

// Analysing the same input twice, and from 8 goroutines at once, gives
// byte-identical JSON.
func TestAnalyzeDeterministicAndConcurrent(t *testing.T) {
	inputs := append(newsmodel.Generate(5, 40_000), mustFixture(t, newsmodel.KremlinFull), mustFixture(t, newsmodel.KremlinWire))
	opt := newsmodel.Options{Reference: article.DayDate(2016, 7, 15)}
	encode := func(src string) []byte {
		an, err := newsmodel.Analyze(src, opt)
		if err != nil {
			t.Error(err)
			return nil
		}
		b, err := json.Marshal(an)
		if err != nil {
			t.Error(err)
		}
		return b
	}
	want := make([][]byte, len(inputs))
	for i, src := range inputs {
		want[i] = encode(src)
		if again := encode(src); !bytes.Equal(want[i], again) {
			t.Fatalf("input %d: two runs differ", i)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range inputs {
				i := (k + g) % len(inputs)
				if got := encode(inputs[i]); !bytes.Equal(got, want[i]) {
					t.Errorf("goroutine %d, input %d: output differs", g, i)
				}
			}
		})
	}
	wg.Wait()
}

func mustFixture(t testing.TB, name string) string {
	t.Helper()
	s, err := newsmodel.Fixture(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAnalyzeErrors(t *testing.T) {
	for _, src := range []string{"\xff\xfeK\x00", "a\x00b", "date 2016-13-45 Body."} {
		if an, err := newsmodel.Analyze(src, newsmodel.Options{}); err == nil || an != nil {
			t.Errorf("Analyze(%q) = %v, %v; want an error", src, an, err)
		}
	}
	for _, src := range []string{"", "\xfd\xff plain bytes", "   \n\n  "} {
		if _, err := newsmodel.Analyze(src, newsmodel.Options{}); err != nil {
			t.Errorf("Analyze(%q): %v", src, err)
		}
	}
}
