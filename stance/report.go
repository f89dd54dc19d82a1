package stance

import (
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

// reportFrames finds reported speech in the sentence: "X said (that) ...",
// "... , X said", "according to X", "X quoted Y as saying ...".
func (e *extraction) reportFrames() {
	n := len(e.toks)
	for i := 0; i < n; i++ {
		t := &e.toks[i]
		if t.f&(fSpeech|fReport) == 0 {
			continue
		}
		low := e.low(i)
		if low == "according" && i+2 < n && e.low(i+1) == "to" {
			if sl := e.npRight(i+2, n); sl.ok {
				e.addFrame(e.span.Start, e.span.End, sl)
			}
			continue
		}
		if low == "quoted" || low == "quotes" || low == "cited" {
			as := -1
			for k := i + 1; k < n && k <= i+12; k++ {
				if e.low(k) == "as" && k+1 < n && (e.low(k+1) == "saying" || e.low(k+1) == "telling") {
					as = k
					break
				}
			}
			if as < 0 {
				continue
			}
			var m match
			outer := e.subject(i, &m)
			inner := e.npRight(i+1, as)
			lo := e.toks[min(as+2, n-1)].s
			if outer.ok {
				e.addFrame(lo, e.span.End, outer)
			}
			if inner.ok {
				e.addFrame(lo, e.span.End, inner)
			}
			i = as + 1
			continue
		}
		if t.f&fSpeech == 0 || t.cap {
			continue
		}
		var m match
		if sl := e.subject(i, &m); sl.ok && sl.hi >= i-3 {
			k := i + 1
			if k < n && e.low(k) == "that" {
				k++
			}
			if k < n && e.toks[k].word {
				e.addFrame(e.toks[k].s, e.span.End, sl)
				continue
			}
			if sl.lo > 0 {
				e.addFrame(e.span.Start, e.toks[sl.lo].s, sl)
			}
			continue
		}
		if i+1 < n && e.isName(i+1) && i > 0 && !e.toks[i-1].word {
			if sl := e.npRight(i+1, n); sl.ok {
				e.addFrame(e.span.Start, e.toks[i].s, sl) // "..., said Kerry."
			}
		}
	}
}

func (e *extraction) addFrame(lo, hi int, sl slot) {
	if lo >= hi {
		return
	}
	p := e.party(sl)
	switch {
	case e.isPron(sl.lo) && sl.lo == sl.hi:
		// "Earnest said ... . He said": a speaking he or she continues the
		// last named speaker of the paragraph
		if e.toks[sl.lo].f&(fMale|fFemale) != 0 && p.Entity == "" && e.lastSpeaker.Text != "" {
			p = e.lastSpeaker
		} else {
			e.resolvePronoun(&p, sl, slot{})
		}
	case e.isName(sl.hi):
		e.lastSpeaker = p
	}
	e.frames = append(e.frames, frame{lo, hi, p})
}

// resolvePronoun replaces a third-person pronoun by its antecedent: an
// entity when the entity package resolved it, else the nearest name before
// it in the sentence (other than other), else the previous sentence's first
// name.
func (e *extraction) resolvePronoun(p *Party, sl slot, other slot) bool {
	f := e.toks[sl.lo].f
	if f&fFirst != 0 {
		return false
	}
	if p.Entity != "" {
		return true
	}
	// An antecedent in the same sentence stands close by; a bounded look
	// back keeps a sentence of many pronouns linear.
	for k := sl.lo - 1; k >= 0 && k >= sl.lo-maxAntecedent; k-- {
		if !e.isName(k) || (other.ok && other.lo <= k && k <= other.hi) {
			continue
		}
		hi := k
		for hi+1 < sl.lo && (e.isName(hi+1) || e.isGroup(hi+1)) {
			hi++
		}
		if f&(fMale|fFemale) != 0 && hi+1 < sl.lo && e.toks[hi+1].word && !e.toks[hi+1].cap && e.toks[hi+1].f&(funcFlags|fAdv) == 0 && !isPastVerb(e.low(hi+1)) && !strings.HasSuffix(e.low(hi+1), "s") {
			continue // a name used as a modifier is no person: "the Republican race ... he"
		}
		np := e.npLeft(hi)
		if !np.ok || other.ok && np.lo <= other.hi && other.lo <= np.hi {
			continue
		}
		q := e.party(np)
		*p = q
		return true
	}
	if tx := e.previousName(); tx.IsValid() {
		*p = e.partyAt(tx)
		return true
	}
	return false
}

// maxAntecedent is how many tokens back a pronoun's antecedent is sought.
const maxAntecedent = 48

// emit turns a match into relations.
func (e *extraction) emit(m match) {
	entry := e.lex.pats[m.pat].entry
	pol := e.lex.entries[entry].Polarity
	if pol != Support && pol != Oppose {
		return
	}
	cueSpan := article.Span{Start: e.toks[m.cueLo].s, End: e.toks[m.cueHi].e}
	via := e.via[:0]
	var inner *Party
	for k := range e.frames {
		f := &e.frames[k]
		if f.lo <= cueSpan.Start && cueSpan.End <= f.hi && !f.via.Span.Overlaps(cueSpan) {
			// One reporter counts once, though a quote and a "said" frame
			// both name them.
			if !slices.ContainsFunc(via, func(p Party) bool { return p.Span == f.via.Span }) {
				via = append(via, f.via)
			}
			inner = &f.via
		}
	}
	e.via = via
	reported := len(via) > 0 // Via is then non-nil, though it may end up empty
	if !m.target.ok {
		return
	}
	holders := e.holders[:0]
	if m.holder.ok {
		holders = e.parties(holders, m.holder, m.target)
	}
	if len(holders) == 0 || len(holders) == 1 && e.isFirst(m.holder) {
		if inner == nil {
			return
		}
		holders = append(holders[:0], *inner)
		if len(via) > 0 {
			via = via[:len(via)-1]
		}
	}
	targets := e.parties(e.targets[:0], m.target, m.holder)
	e.holders, e.targets = holders, targets
	if m.neg {
		if pol == Support {
			pol = Oppose
		} else {
			pol = Neutral
		}
	}
	viaAt := viaRef{chunk: -1} // via kept in e.viaStore once, when first needed
	for _, h := range holders {
		n := len(via)
		if n > 0 && via[n-1].Span == h.Span {
			n-- // "X posted a reply that assailed Y": X is no reporter of its own stance
		}
		for _, t := range targets {
			if h.Span.Overlaps(t.Span) || strings.EqualFold(h.Text, t.Text) || h.Text == "" || t.Text == "" || h.Entity != "" && h.Entity == t.Entity {
				continue
			}
			if reported && viaAt.chunk < 0 {
				viaAt = e.storeVia(via)
			}
			e.out.add(rel{
				holder: e.compact(h), target: e.compact(t), cue: cueSpan, sent: e.si,
				via: viaRef{viaAt.chunk, viaAt.at, int32(n)}, entry: int32(entry), pol: pol, neg: m.neg, hyp: m.hyp,
			})
		}
	}
}

// storeVia keeps via in e.viaStore and returns where. The cues of a
// sentence, or of a quote, often share their Via list: one the same as
// the last kept is kept once.
func (e *extraction) storeVia(via []Party) viaRef {
	if v := e.lastVia; int(v.n) == len(via) && len(e.viaStore.chunks) > 0 {
		last := e.viaStore.chunks[v.chunk][v.at : v.at+v.n]
		same := true
		for k, p := range via {
			if q := e.expand(last[k]); q != p {
				same = false
				break
			}
		}
		if same {
			return v
		}
	}
	c, at := e.viaStore.room(len(via))
	for _, p := range via {
		e.viaStore.chunks[c] = append(e.viaStore.chunks[c], e.compact(p))
	}
	e.lastVia = viaRef{int32(c), int32(at), int32(len(via))}
	return e.lastVia
}

func (e *extraction) isFirst(sl slot) bool {
	return sl.lo == sl.hi && e.toks[sl.lo].f&fFirst != 0
}

// parties appends to out the parties of a coordinated slot ("Nusra Front
// and DAESH"), with pronouns resolved.
func (e *extraction) parties(out []Party, sl slot, other slot) []Party {
	if e.isFirst(sl) {
		return out
	}
	if sl.lo == sl.hi && e.isPron(sl.lo) || sl.lo == sl.hi && e.toks[sl.lo].f&fPossPron != 0 {
		p := e.party(sl)
		if p.Entity == "" && !e.resolvePronoun(&p, sl, other) {
			return out
		}
		return append(out, p)
	}
	start := sl.lo
	for k := sl.lo; k <= sl.hi+1; k++ {
		if k <= sl.hi {
			if !((e.low(k) == "and" || e.low(k) == "&" || e.low(k) == ",") && e.isName(k-1) && e.isName(k+1)) {
				continue
			}
		}
		if start <= k-1 {
			out = append(out, e.party(slot{start, k - 1, true}))
		}
		start = k + 1
	}
	return out
}
