package quote

import (
	"cmp"
	"slices"
	"sort"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// resolve sets each speaker's entity: the entity with a mention that
// overlaps the speaker span most, among the last maxResolveMentions
// mentions (ordered by their starts, then as in ents) that start before
// the span ends; of equal overlaps the last such mention wins.
func (x *ctx) resolve(qs []Quote, ents []entity.Entity) {
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	if n == 0 {
		return
	}
	if n > maxScannedMentions {
		x.resolveSorted(qs, ents)
		return
	}
	for i := range qs {
		if sp := qs[i].Speaker.Span; sp.IsValid() {
			qs[i].Speaker.Entity = speakerEntity(sp, ents)
		}
	}
}

// maxResolveMentions bounds the mentions before a speaker's end that
// resolve weighs.
const maxResolveMentions = 16

// maxScannedMentions bounds the mentions of a report that resolve scans
// for each speaker instead of sorting them once.
const maxScannedMentions = 64

// speakerEntity returns the entity for speaker span sp (see resolve), or
// "", scanning the mentions of ents unsorted: only a mention that would win
// is checked for being among the last maxResolveMentions.
func speakerEntity(sp article.Span, ents []entity.Entity) string {
	best, bestLen, bestStart, bestSeq := "", 0, 0, 0
	seq := 0
	for _, e := range ents {
		for _, m := range e.Mentions {
			seq++
			if !m.Span.Overlaps(sp) {
				continue
			}
			ov := min(m.Span.End, sp.End) - max(m.Span.Start, sp.Start)
			if ov <= 0 || ov < bestLen || ov == bestLen && (m.Span.Start < bestStart || m.Span.Start == bestStart && seq < bestSeq) {
				continue
			}
			if mentionsAfter(ents, m.Span.Start, seq, sp.End) >= maxResolveMentions {
				continue
			}
			best, bestLen, bestStart, bestSeq = e.ID, ov, m.Span.Start, seq
		}
	}
	return best
}

// mentionsAfter counts the mentions of ents that come after the seq-th
// one, which starts at start, and start before end.
func mentionsAfter(ents []entity.Entity, start, seq, end int) int {
	n, k := 0, 0
	for _, e := range ents {
		for _, m := range e.Mentions {
			k++
			if ms := m.Span.Start; ms < end && (ms > start || ms == start && k > seq) {
				n++
			}
		}
	}
	return n
}

// resolveSorted is resolve for a report with many mentions: it sorts them
// once.
func (x *ctx) resolveSorted(qs []Quote, ents []entity.Entity) {
	ms := x.ments[:0]
	for _, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, ment{m.Span, e.ID})
		}
	}
	x.ments = ms
	slices.SortStableFunc(ms, func(a, b ment) int { return cmp.Compare(a.s.Start, b.s.Start) })
	for i := range qs {
		sp := qs[i].Speaker.Span
		if !sp.IsValid() {
			continue
		}
		k := sort.Search(len(ms), func(j int) bool { return ms[j].s.Start >= sp.End })
		best, bestLen := "", 0
		for j := k - 1; j >= 0 && k-j <= maxResolveMentions; j-- {
			m := ms[j]
			if !m.s.Overlaps(sp) {
				continue
			}
			ov := min(m.s.End, sp.End) - max(m.s.Start, sp.Start)
			if ov > bestLen {
				best, bestLen = m.id, ov
			}
		}
		qs[i].Speaker.Entity = best
	}
}

// A ment is an entity's mention, for resolveSorted.
type ment struct {
	s  article.Span
	id string
}
