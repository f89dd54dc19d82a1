package quote

import (
	"cmp"
	"slices"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// An ask is a speaker to resolve: the words an entity must name, and where
// to put the entity's ID.
type ask struct {
	head  article.Span
	out   *Speaker
	rival article.Span // for "he" or "she": a description of a person it may mean (see [cue.rival])
}

// resolve sets the speakers and Via of qs from their cues (who[i] is the
// cue of qs[i], -1 for none) and resolves them to ents.
func resolve(qs []Quote, who []int32, cues *cueList, ents []entity.Entity) {
	var asks []ask
	for i := range qs {
		if who[i] < 0 {
			continue
		}
		c := cues.at(int(who[i]))
		if c.spk.valid() {
			qs[i].Speaker = Speaker{Span: c.spk.span()}
			asks = append(asks, ask{c.head.span(), &qs[i].Speaker, c.rival.span()})
		}
		if c.via.valid() {
			qs[i].Via = Speaker{Span: c.via.span()}
			asks = append(asks, ask{head: c.viaHd.span(), out: &qs[i].Via})
		}
	}
	resolveAsks(asks, ents)
}

// resolveAsks resolves each ask to the entity one of whose mentions
// overlaps its head most: of the resolveWindow mentions that start last
// before the head ends, in order of their starts (and of ents on a tie);
// the later one when two overlap it as much. It reads the mentions in
// order by merging the entities' mentions, each in document order, so that
// a long report needs no table of all its mentions.
func resolveAsks(asks []ask, ents []entity.Entity) {
	if len(asks) == 0 || len(ents) == 0 {
		return
	}
	slices.SortStableFunc(asks, func(a, b ask) int { return cmp.Compare(a.head.End, b.head.End) })
	h := mentionRuns(ents)
	var last [resolveWindow]ment // the mentions read last, by read % resolveWindow
	read := 0
	for _, a := range asks {
		for len(h) > 0 && h[0].ms[0].Span.Start < a.head.End {
			last[read%resolveWindow] = ment{h[0].ms[0].Span, h[0].ent}
			read++
			h.next()
		}
		best, bestLen, bestEnt := "", 0, -1
		for j := read - 1; j >= 0 && read-j <= resolveWindow; j-- {
			m := last[j%resolveWindow]
			if ov := overlap(m.s, a.head); ov > bestLen {
				best, bestLen, bestEnt = ents[m.ent].ID, ov, m.ent
			}
		}
		if bestEnt >= 0 && a.rival.End > 0 && !since(&last, read, bestEnt, a.rival.Start, a.head) {
			// a pronoun the entities give to someone named before the
			// person a description names since: "Mr. Hale met the press.
			// The video shows a man arriving. He said …" stays "he"
			best = ""
		}
		a.out.Entity = best
	}
}

// since reports whether entity ent has a mention other than the one at
// head that starts at or after from among the last mentions read, or
// whether they do not reach back to from.
func since(last *[resolveWindow]ment, read, ent, from int, head article.Span) bool {
	oldest := read - resolveWindow
	if oldest < 0 {
		oldest = 0
	} else if last[oldest%resolveWindow].s.Start > from {
		return true // too far back to tell
	}
	for j := read - 1; j >= oldest; j-- {
		m := last[j%resolveWindow]
		if m.ent == ent && m.s.Start >= from && !m.s.Overlaps(head) {
			return true
		}
	}
	return false
}

// overlap returns how many bytes a and b share.
func overlap(a, b article.Span) int {
	if !a.Overlaps(b) {
		return 0
	}
	return min(a.End, b.End) - max(a.Start, b.Start)
}

// resolveWindow is how many mentions resolve weighs for a speaker.
const resolveWindow = 16

// A ment is an entity's mention, for resolve.
type ment struct {
	s   article.Span
	ent int // the index of its entity in ents
}

// mentionRuns returns a heap of the mentions of ents, each entity's sorted
// by start (stably, when they are out of order).
func mentionRuns(ents []entity.Entity) mentionHeap {
	byStart := func(a, b entity.Mention) int { return cmp.Compare(a.Span.Start, b.Span.Start) }
	h := make(mentionHeap, 0, len(ents))
	for i := range ents {
		ms := ents[i].Mentions
		if len(ms) == 0 {
			continue
		}
		if !slices.IsSortedFunc(ms, byStart) {
			ms = slices.Clone(ms)
			slices.SortStableFunc(ms, byStart)
		}
		h = append(h, mentionRun{ms, i})
	}
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
		s = s[:len(s)-1]
		*h = s
	}
	if len(s) > 0 {
		s.down(0)
	}
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
