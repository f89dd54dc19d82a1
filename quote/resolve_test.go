package quote

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// The scan of resolve picks the entities that resolveSorted picks.
func TestResolveScanMatchesSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		var ents []entity.Entity
		for e := range 1 + r.IntN(8) {
			ent := entity.Entity{ID: "e" + strconv.Itoa(e)}
			for range r.IntN(9) {
				s := r.IntN(30)
				ent.Mentions = append(ent.Mentions, entity.Mention{Span: article.Span{Start: s, End: s + 1 + r.IntN(8)}})
			}
			ents = append(ents, ent)
		}
		var qs, want []Quote
		for range 6 {
			s := r.IntN(40)
			q := Quote{Speaker: Speaker{Span: article.Span{Start: s, End: s + r.IntN(10)}}}
			qs, want = append(qs, q), append(want, q)
		}
		x := &ctx{}
		x.resolve(qs, ents)
		x.resolveSorted(want, ents)
		for i := range qs {
			if qs[i].Speaker.Entity != want[i].Speaker.Entity {
				t.Fatalf("trial %d: speaker %v: scan %q, sorted %q", trial, qs[i].Speaker.Span, qs[i].Speaker.Entity, want[i].Speaker.Entity)
			}
		}
	}
}
