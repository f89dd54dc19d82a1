package stance_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/stance"
)

// TestExtractScratchReuse checks that the scratch space Extract reuses
// between calls leaks into no result: results stay as they were after
// later calls, and concurrent calls give what sequential ones do.
func TestExtractScratchReuse(t *testing.T) {
	type input struct {
		src    string
		a      *article.Article
		ents   []entity.Entity
		quotes []quote.Quote
	}
	var ins []input
	srcs := []string{fixture(t, fixtureNames[0]), fixture(t, fixtureNames[1])}
	for _, c := range sentences {
		srcs = append(srcs, c.src)
	}
	for _, src := range srcs {
		a, err := article.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		ents := entity.Extract(a)
		ins = append(ins, input{src, a, ents, quote.Extract(a, ents)}, input{src, a, nil, nil})
	}
	copyOf := func(rs []stance.Relation) []stance.Relation {
		out := append([]stance.Relation(nil), rs...)
		for i := range out {
			if out[i].Via != nil {
				out[i].Via = append([]stance.Party{}, out[i].Via...)
			}
		}
		return out
	}
	got := make([][]stance.Relation, len(ins))
	want := make([][]stance.Relation, len(ins))
	for i, in := range ins {
		got[i] = stance.Extract(in.a, in.ents, in.quotes)
		want[i] = copyOf(got[i])
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, in := range ins {
				rs := stance.Extract(in.a, in.ents, in.quotes)
				checkRelations(errorOnly{t}, in.src, rs)
				if d := cmp.Diff(want[i], rs); d != "" {
					t.Errorf("input %d: a concurrent call differs (-want +got):\n%s", i, d)
				}
			}
		})
	}
	wg.Wait()
	for i, in := range ins {
		checkRelations(t, in.src, got[i])
		if d := cmp.Diff(want[i], got[i]); d != "" {
			t.Errorf("input %d: the result changed after later calls (-want +got):\n%s", i, d)
		}
	}
}

// errorOnly turns Fatalf into Errorf, for checks in other goroutines.
type errorOnly struct{ *testing.T }

func (t errorOnly) Fatalf(format string, args ...any) { t.Errorf(format, args...) }
