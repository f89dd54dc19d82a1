package quote

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"pgregory.net/rapid"
)

// resolveTable is resolveAsks by its definition: all mentions in one
// table, sorted stably by start; of the resolveWindow that start last
// before the head ends, the one that overlaps it most, the later on a tie.
func resolveTable(heads []article.Span, ents []entity.Entity) []string {
	var ms []ment
	for ei := range ents {
		for _, m := range ents[ei].Mentions {
			ms = append(ms, ment{m.Span, ei})
		}
	}
	slices.SortStableFunc(ms, func(a, b ment) int { return cmp.Compare(a.s.Start, b.s.Start) })
	out := make([]string, len(heads))
	for i, h := range heads {
		k, _ := slices.BinarySearchFunc(ms, h.End, func(m ment, end int) int {
			if m.s.Start < end {
				return -1
			}
			return 1
		})
		best, bestLen := "", 0
		for j := k - 1; j >= 0 && k-j <= resolveWindow; j-- {
			if ov := overlap(ms[j].s, h); ov > bestLen {
				best, bestLen = ents[ms[j].ent].ID, ov
			}
		}
		out[i] = best
	}
	return out
}

// Merging the entities' mentions resolves speakers as one sorted table of
// them does, with mentions that overlap, share starts or are out of order,
// and more of them near a speaker than resolve weighs.
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
		heads := rapid.SliceOf(genSpan).Draw(t, "heads")
		want := resolveTable(heads, ents)
		got := make([]Speaker, len(heads))
		asks := make([]ask, len(heads))
		for i, h := range heads {
			asks[i] = ask{head: h, out: &got[i]}
		}
		resolveAsks(asks, ents)
		for i := range heads {
			if got[i].Entity != want[i] {
				t.Fatalf("head %v: entity %q, want %q", heads[i], got[i].Entity, want[i])
			}
		}
	})
}
