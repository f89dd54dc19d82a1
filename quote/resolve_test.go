package quote

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"pgregory.net/rapid"
)

// resolveSorting is resolve as it was: all mentions in one table, sorted
// stably by start.
func resolveSorting(qs []Quote, ents []entity.Entity) {
	var ms []ment
	for ei := range ents {
		for _, m := range ents[ei].Mentions {
			ms = append(ms, ment{m.Span, ei})
		}
	}
	slices.SortStableFunc(ms, func(a, b ment) int { return cmp.Compare(a.s.Start, b.s.Start) })
	for i := range qs {
		sp := qs[i].Speaker.Span
		if !sp.IsValid() {
			continue
		}
		k := sort.Search(len(ms), func(j int) bool { return ms[j].s.Start >= sp.End })
		best, bestLen := "", 0
		for j := k - 1; j >= 0 && k-j <= resolveWindow; j-- {
			m := ms[j]
			if !m.s.Overlaps(sp) {
				continue
			}
			ov := min(m.s.End, sp.End) - max(m.s.Start, sp.Start)
			if ov > bestLen {
				best, bestLen = ents[m.ent].ID, ov
			}
		}
		qs[i].Speaker.Entity = best
	}
}

// Merging the entities' mentions resolves speakers as sorting them all
// does, and as resolve did before it merged them, with mentions that overlap, share starts or are out of order, and
// more of them near a speaker than resolve weighs.
func TestResolveMerges(t *testing.T) {
	genSpan := rapid.Custom(func(t *rapid.T) article.Span {
		s := rapid.IntRange(0, 200).Draw(t, "start")
		return article.Span{Start: s, End: s + rapid.IntRange(0, 30).Draw(t, "len")}
	})
	rapid.Check(t, func(t *rapid.T) {
		ents := make([]entity.Entity, rapid.IntRange(0, 12).Draw(t, "ents"))
		for i := range ents {
			ents[i].ID = fmt.Sprintf("e%d", i+1)
			spans := rapid.SliceOf(genSpan).Draw(t, "mentions")
			if rapid.Bool().Draw(t, "sorted") {
				slices.SortStableFunc(spans, func(a, b article.Span) int { return cmp.Compare(a.Start, b.Start) })
			}
			for _, sp := range spans {
				ents[i].Mentions = append(ents[i].Mentions, entity.Mention{Span: sp})
			}
		}
		speakers := rapid.SliceOf(genSpan).Draw(t, "speakers")
		want := make([]Quote, len(speakers))
		for i, sp := range speakers {
			want[i].Speaker.Span = sp
		}
		sorted, merged := slices.Clone(want), slices.Clone(want)
		resolveSorting(want, ents)
		x := newCtx(&article.Article{})
		x.resolveSorted(sorted, ents, mentionCount(ents))
		x.resolveMerged(merged, ents)
		x.release()
		for i := range want {
			if sorted[i].Speaker != want[i].Speaker || merged[i].Speaker != want[i].Speaker {
				t.Fatalf("speaker %v: entity %q sorted, %q merged, want %q", speakers[i],
					sorted[i].Speaker.Entity, merged[i].Speaker.Entity, want[i].Speaker.Entity)
			}
		}
	})
}
