package entity_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// TestConcurrentExtract checks that extractions running at once, which
// share pooled scratch, give what they give one at a time (run it with
// -race), and that a result does not change when later extractions reuse
// the scratch.
func TestConcurrentExtract(t *testing.T) {
	srcs := append(generatedReports(64<<10), fixtureText(fixtureNames[0]), fixtureText(fixtureNames[1]))
	arts := make([]*article.Article, len(srcs))
	want := make([][]entity.Entity, len(srcs))
	wantJSON := make([]string, len(srcs))
	for i, s := range srcs {
		arts[i], want[i] = extract(t, s)
		wantJSON[i] = toJSON(t, want[i])
	}
	got := make([][]entity.Entity, len(srcs))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(arts); i += 4 {
				got[i] = entity.Extract(arts[i])
			}
		})
	}
	wg.Wait()
	for i := range srcs {
		if j := toJSON(t, want[i]); j != wantJSON[i] {
			t.Errorf("report %d: result changed by later extractions:\n%s\nnow\n%s", i, wantJSON[i], j)
		}
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			t.Errorf("report %d: concurrent Extract differs (-sequential +concurrent):\n%s", i, diff)
		}
	}
}

func toJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
