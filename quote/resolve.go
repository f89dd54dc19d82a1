package quote

import (
	"cmp"
	"slices"
	"sort"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// resolve sets each speaker's entity: of the resolveWindow mentions that
// start last before the speaker span ends, in order of their starts (and of
// ents on a tie), the one that overlaps the span most; the later one when
// two overlap it as much.
func (x *ctx) resolve(qs []Quote, ents []entity.Entity) {
	if !slices.ContainsFunc(qs, func(q Quote) bool { return q.Speaker.Span.IsValid() }) {
		return
	}
	if n := mentionCount(ents); n <= maxMentionTable {
		x.resolveSorted(qs, ents, n)
	} else {
		x.resolveMerged(qs, ents)
	}
}

// maxMentionTable bounds the mentions resolveSorted puts in one table.
const maxMentionTable = maxPooledToks

// resolveSorted resolves the speakers of qs with a table of the n mentions
// of ents sorted by start.
func (x *ctx) resolveSorted(qs []Quote, ents []entity.Entity, n int) {
	ms := slices.Grow(x.ments[:0], n)
	for ei := range ents {
		for _, m := range ents[ei].Mentions {
			ms = append(ms, ment{m.Span, ei})
		}
	}
	x.ments = ms
	if len(ms) <= maxInsertionSort {
		// A stable insertion sort: each entity's mentions are in order.
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && ms[j-1].s.Start > ms[j].s.Start; j-- {
				ms[j-1], ms[j] = ms[j], ms[j-1]
			}
		}
	} else {
		slices.SortStableFunc(ms, func(a, b ment) int { return cmp.Compare(a.s.Start, b.s.Start) })
	}
	for i := range qs {
		sp := qs[i].Speaker.Span
		if !sp.IsValid() {
			continue
		}
		k := sort.Search(len(ms), func(j int) bool { return ms[j].s.Start >= sp.End })
		best, bestLen := "", 0
		for j := k - 1; j >= 0 && k-j <= resolveWindow; j-- {
			if ov := overlap(ms[j].s, sp); ov > bestLen {
				best, bestLen = ents[ms[j].ent].ID, ov
			}
		}
		qs[i].Speaker.Entity = best
	}
}

// maxInsertionSort bounds the mentions resolveSorted sorts by insertion.
const maxInsertionSort = 64

// resolveMerged resolves the speakers of qs as resolveSorted does, reading
// the mentions in order by merging the entities' mentions, each in document
// order, so that a long report needs no table of all its mentions.
func (x *ctx) resolveMerged(qs []Quote, ents []entity.Entity) {
	n := 0
	for i := range qs {
		if qs[i].Speaker.Span.IsValid() {
			n++
		}
	}
	asks := slices.Grow(x.asks[:0], n) // the quotes with a speaker, by the speaker's end
	for i := range qs {
		if qs[i].Speaker.Span.IsValid() {
			asks = append(asks, i)
		}
	}
	x.asks = asks
	byEnd := func(i, j int) int { return cmp.Compare(qs[i].Speaker.Span.End, qs[j].Speaker.Span.End) }
	if !slices.IsSortedFunc(asks, byEnd) {
		slices.SortFunc(asks, byEnd)
	}
	h := x.mentionRuns(ents)
	var last [resolveWindow]ment // the mentions read last, by read % resolveWindow
	read := 0
	for _, i := range asks {
		sp := qs[i].Speaker.Span
		for len(h) > 0 && h[0].ms[0].Span.Start < sp.End {
			last[read%resolveWindow] = ment{h[0].ms[0].Span, h[0].ent}
			read++
			h.next()
		}
		best, bestLen := "", 0
		for j := read - 1; j >= 0 && read-j <= resolveWindow; j-- {
			m := last[j%resolveWindow]
			if ov := overlap(m.s, sp); ov > bestLen {
				best, bestLen = ents[m.ent].ID, ov
			}
		}
		qs[i].Speaker.Entity = best
	}
	clear(h) // no mentions of the caller's entities
	x.runs = h[:0]
}

// overlap returns how many bytes a and b share.
func overlap(a, b article.Span) int {
	if !a.Overlaps(b) {
		return 0
	}
	return min(a.End, b.End) - max(a.Start, b.Start)
}

// mentionCount returns the number of mentions of ents.
func mentionCount(ents []entity.Entity) int {
	n := 0
	for i := range ents {
		n += len(ents[i].Mentions)
	}
	return n
}

// resolveWindow is how many mentions resolve weighs for a speaker.
const resolveWindow = 16

// A ment is an entity's mention, for resolve: with no pointers, as it is
// sorted by swaps.
type ment struct {
	s   article.Span
	ent int // the index of its entity in ents
}

// mentionRuns returns a heap of the mentions of ents, each entity's sorted
// by start (stably, when they are out of order).
func (x *ctx) mentionRuns(ents []entity.Entity) mentionHeap {
	byStart := func(a, b entity.Mention) int { return cmp.Compare(a.Span.Start, b.Span.Start) }
	out := 0 // mentions out of order
	for i := range ents {
		if !slices.IsSortedFunc(ents[i].Mentions, byStart) {
			out += len(ents[i].Mentions)
		}
	}
	sorted := slices.Grow(x.sorted[:0], out)
	h := slices.Grow(x.runs[:0], len(ents))
	for i := range ents {
		ms := ents[i].Mentions
		if len(ms) == 0 {
			continue
		}
		if !slices.IsSortedFunc(ms, byStart) {
			n := len(sorted)
			sorted = append(sorted, ms...)
			ms = sorted[n:]
			slices.SortStableFunc(ms, byStart)
		}
		h = append(h, mentionRun{ms, i})
	}
	x.sorted = sorted
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

// A mentionRun is the mentions of one entity still to read, in order.
type mentionRun struct {
	ms  []entity.Mention
	ent int // the index of the entity in ents
}

// A mentionHeap holds mention runs, the run whose next mention comes first
// on top.
type mentionHeap []mentionRun

func (h mentionHeap) less(i, j int) bool {
	a, b := h[i].ms[0].Span.Start, h[j].ms[0].Span.Start
	return a < b || a == b && h[i].ent < h[j].ent
}

// next drops the mention on top of *h.
func (h *mentionHeap) next() {
	s := *h
	if s[0].ms = s[0].ms[1:]; len(s[0].ms) == 0 {
		s[0] = s[len(s)-1]
		s[len(s)-1] = mentionRun{}
		s = s[:len(s)-1]
		*h = s
	}
	s.down(0)
}

// down moves h[i] down to its place.
func (h mentionHeap) down(i int) {
	for {
		c := 2*i + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && h.less(c+1, c) {
			c++
		}
		if !h.less(c, i) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}
