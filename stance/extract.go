package stance

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// An Extractor finds stance relations in articles. The zero Extractor is
// ready to use and uses [DefaultLexicon]. An Extractor is safe for
// concurrent use: extraction never modifies it.
type Extractor struct {
	// Lexicon holds the cues to look for; nil means [DefaultLexicon].
	Lexicon *Lexicon
}

// Extract finds the stances of a with the zero [Extractor].
func Extract(a *article.Article, ents []entity.Entity, quotes []quote.Quote) []Relation {
	return new(Extractor).Extract(a, ents, quotes)
}

// Extract finds the stance relations of a, in document order of their cues.
// ents and quotes, as found by the entity and quote packages, may be nil:
// holders and targets then stay free text found by the extractor's own
// noun-phrase rules (capitalised names, pronouns, groups such as "US
// officials" or "critics of US policy"). When given, a party whose span
// overlaps an entity's mention takes that entity, and a stance inside a
// quote's content is reported Via the quote's speaker, who also becomes its
// holder when the content names none ("we", or no subject at all).
func (x *Extractor) Extract(a *article.Article, ents []entity.Entity, quotes []quote.Quote) []Relation {
	if a == nil {
		return nil
	}
	lex := x.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	src := a.Source
	e := extractionPool.Get().(*extraction)
	defer e.release()
	e.src, e.lex, e.words, e.ents = src, lex, lex.wordIndex(), ents
	e.indexMentions()
	e.quoteFrames(quotes)
	e.sentences = a.Sentences
	sents := e.sents[:0]
	if len(a.Sentences) == 0 {
		for _, p := range a.Paragraphs {
			if p.Kind != article.KindBoilerplate {
				sents = append(sents, article.SplitSentences(src, p.Span)...)
			}
		}
		if len(a.Paragraphs) == 0 {
			sents = append(sents, article.SplitSentences(src, article.Span{Start: 0, End: len(src)})...)
		}
	}
	e.sents = sents
	prevPara := -1
	for i := range max(len(e.sentences), len(sents)) {
		para := -1
		if i < len(e.sentences) {
			para = e.sentences[i].Paragraph
		}
		if para != prevPara {
			e.lastSpeaker = Party{}
		}
		prevPara = para
		e.si = i
		e.sentence(e.sent(i))
	}
	if cap(e.mentions) > maxPooled || cap(e.qframes) > maxPooled {
		// Too long to be pooled, and not needed for the result: let the
		// garbage collector have them while the result is made.
		e.mentions, e.qframes = nil, nil
	}
	return e.result()
}

// sent returns the span of sentence i: the article's, or else one the
// extractor split.
func (e *extraction) sent(i int) article.Span {
	if len(e.sentences) > 0 {
		return e.sentences[i].Span
	}
	return e.sents[i]
}

// result returns the relations found, in memory of their own for the
// caller, sized once.
func (e *extraction) result() []Relation {
	n := e.out.len()
	if n == 0 {
		return nil
	}
	nvia := 0
	for _, c := range e.out.chunks {
		for i := range c {
			nvia += int(c[i].via.n)
		}
	}
	out := make([]Relation, n)
	via := make([]Party, 0, nvia)
	k := 0
	for _, c := range e.out.chunks {
		for i := range c {
			r, o := &c[i], &out[k]
			k++
			o.Holder, o.Target, o.Polarity = e.expand(r.holder), e.expand(r.target), r.pol
			o.Cue = Cue{Span: r.cue, Text: e.src[r.cue.Start:r.cue.End], Lemma: e.lex.entries[r.entry].Pattern}
			o.Evidence, o.Negated, o.Hypothetical = e.sent(r.sent), r.neg, r.hyp
			if v := r.via; v.chunk >= 0 {
				at := len(via)
				for _, p := range e.viaStore.chunks[v.chunk][v.at : v.at+v.n] {
					via = append(via, e.expand(p))
				}
				o.Via = via[at:len(via):len(via)]
			}
		}
	}
	return out
}

type slot struct {
	lo, hi int // token indices, inclusive
	ok     bool
}

type frame struct {
	lo, hi int // byte region the report covers
	via    Party
}

// A qframe is a frame of a quote's content, reported by quotes[q].Speaker.
type qframe struct {
	lo, hi int
	q      int
}

// A mentionRef is a mention of ents[ent] at [start, start+len), in 16
// bytes: a report has many.
type mentionRef struct {
	start    int
	len, ent uint32
}

func (m mentionRef) span() article.Span {
	return article.Span{Start: m.start, End: m.start + int(m.len)}
}

// An extraction is the state of one call of Extract. Its slices are
// scratch space that a pool keeps from one call to the next; none of them
// is ever handed to the caller.
type extraction struct {
	src       string
	lex       *Lexicon
	words     *wordIndex // lex.wordIndex()
	ents      []entity.Entity
	byID      map[string]int // index of ents by ID, built by nameOf when needed
	lows      lowTexts       // the lower-cased texts of e.toks and e.prevToks
	mentions  []mentionRef   // sorted by start
	longest   int            // the length of the longest mention
	quotes    []quote.Quote
	qframes   []qframe           // sorted by start
	qi        int                // qframes[:qi] end before the current sentence
	sentences []article.Sentence // the article's sentences, if it has any
	sents     []article.Span     // else the sentences the extractor split
	si        int                // the index of the current sentence
	out       chunkList[rel]     // copied for the caller at the end

	span         article.Span
	sentMentions [2]int // the range of mentions that start inside span
	toks         []tok
	frames       []frame
	lastTx       article.Span // the first name of the sentences before namesSeen (see previousName)
	namesSeen    int
	prevToks     []tok // the tokens of an earlier sentence, for previousName
	// lastSpeaker is the last named speaker of the paragraph, for "he said"
	lastSpeaker Party
	used        []bool

	via, holders, targets []Party          // emit's lists of parties
	viaStore              chunkList[party] // the Via lists of out
	lastVia               viaRef           // the last list kept in viaStore
	whos                  []who            // see party.who
}

var extractionPool = sync.Pool{New: func() any { return new(extraction) }}

// maxPooled is the most elements a scratch slice may hold for its
// extraction to go back to the pool: one grown on a very long report or
// sentence is left to the garbage collector, so that the pool neither
// keeps it alive nor makes later calls' costs depend on earlier inputs.
const maxPooled = 1 << 10

// release clears e, keeping the capacity of its scratch slices but no
// reference into the finished call's article, and returns it to the pool.
func (e *extraction) release() {
	for _, n := range [...]int{cap(e.mentions), cap(e.qframes), cap(e.sents), e.out.capacity(), cap(e.toks), cap(e.prevToks), cap(e.lows.texts), cap(e.frames), cap(e.used), cap(e.via), cap(e.holders), cap(e.targets), e.viaStore.capacity(), cap(e.whos)} {
		if n > maxPooled {
			return
		}
	}
	clear(e.frames)
	e.out.reset()
	e.viaStore.reset()
	clear(e.via)
	clear(e.holders)
	clear(e.targets)
	clear(e.whos)
	*e = extraction{
		mentions: e.mentions[:0], qframes: e.qframes[:0], sents: e.sents[:0], out: e.out,
		lows: e.lows, toks: e.toks[:0], prevToks: e.prevToks[:0], frames: e.frames[:0], used: e.used[:0],
		via: e.via[:0], holders: e.holders[:0], targets: e.targets[:0], viaStore: e.viaStore, whos: e.whos[:0],
	}
	extractionPool.Put(e)
}

func (e *extraction) indexMentions() {
	n := 0
	for _, en := range e.ents {
		n += len(en.Mentions)
	}
	e.mentions = slices.Grow(e.mentions, n)
	for i, en := range e.ents {
		for _, m := range en.Mentions {
			// (A mention of 4 GiB or more is left out: its source would
			// not fit in memory with the pipeline's results.)
			if m.Span.IsValid() && m.Span.End <= len(e.src) && uint64(m.Span.Len()) <= math.MaxUint32 {
				e.mentions = append(e.mentions, mentionRef{m.Span.Start, uint32(m.Span.Len()), uint32(i)})
				e.longest = max(e.longest, m.Span.Len())
			}
		}
	}
	sortMentions(e.mentions)
}

// sortMentions sorts ms by start, stably. Reports have few mentions, each
// entity's mostly in order already, which an insertion sort sorts in
// about linear time; longer lists are sorted by the library.
func sortMentions(ms []mentionRef) {
	if len(ms) > 256 {
		slices.SortStableFunc(ms, func(a, b mentionRef) int { return cmp.Compare(a.start, b.start) })
		return
	}
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		j := i
		for j > 0 && ms[j-1].start > m.start {
			ms[j] = ms[j-1]
			j--
		}
		ms[j] = m
	}
}

func (e *extraction) quoteFrames(quotes []quote.Quote) {
	e.quotes = quotes
	n := 0
	for _, q := range quotes {
		n += len(q.Content)
	}
	e.qframes = slices.Grow(e.qframes, n)
	for i, q := range quotes {
		sp := q.Speaker.Span
		if !sp.IsValid() || sp.End > len(e.src) {
			continue
		}
		for _, c := range q.Content {
			if c.IsValid() && c.End <= len(e.src) {
				e.qframes = append(e.qframes, qframe{c.Start, c.End, i})
			}
		}
	}
	for i := 1; i < len(e.qframes); i++ {
		if e.qframes[i].lo < e.qframes[i-1].lo { // quotes mostly come in order
			slices.SortStableFunc(e.qframes, func(a, b qframe) int { return cmp.Compare(a.lo, b.lo) })
			break
		}
	}
}

// speaker returns the speaker of quotes[q] as a party.
func (e *extraction) speaker(q int) Party {
	sp := e.quotes[q].Speaker
	return Party{Text: sp.Span.Text(e.src), Span: sp.Span, Entity: sp.Entity, Name: e.nameOf(sp.Entity)}
}

// nameOf returns the name of the entity whose ID is id, or "".
func (e *extraction) nameOf(id string) string {
	if i := e.entityIndex(id); i >= 0 {
		return e.ents[i].Name
	}
	return ""
}

// entityIndex returns the index of an entity whose ID is id, or -1.
// Entities found by the entity package are numbered "e1", "e2"... in
// order, so the number is tried first; other IDs are looked up in an
// index built once, of the first entity of each ID.
func (e *extraction) entityIndex(id string) int {
	if id == "" {
		return -1
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "e")); err == nil && n >= 1 && n <= len(e.ents) && e.ents[n-1].ID == id {
		return n - 1
	}
	if e.byID == nil {
		e.byID = make(map[string]int, len(e.ents))
		for i := len(e.ents) - 1; i >= 0; i-- {
			e.byID[e.ents[i].ID] = i // the first entity of an ID wins
		}
	}
	if i, ok := e.byID[id]; ok {
		return i
	}
	return -1
}

// mentionsBefore returns the number of mentions that start before off.
// Inside the sentence only its own mentions are in question; a sentence
// may have thousands, so they are searched by halves too.
func (e *extraction) mentionsBefore(off int) int {
	lo, hi := 0, len(e.mentions)
	if e.span.Start <= off && off <= e.span.End {
		lo, hi = e.sentMentions[0], e.sentMentions[1]
	}
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if e.mentions[h].start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// nearMentions returns the range [lo, end) of the mentions that may
// overlap s: of the last 64 that start before s ends, those long enough
// to reach s at the length of the longest mention.
func (e *extraction) nearMentions(s article.Span) (lo, end int) {
	end = e.mentionsBefore(s.End)
	lo = end
	for lo > 0 && lo > end-64 && e.mentions[lo-1].start+e.longest > s.Start {
		lo--
	}
	return lo, end
}

// entityAt returns the index of the entity with a mention overlapping s,
// preferring the mention that overlaps most; -1 if none. lo and end are
// from e.nearMentions(s).
func (e *extraction) entityAt(s article.Span, lo, end int) int {
	best, bestLen := -1, 0
	for k := end - 1; k >= lo; k-- {
		m := e.mentions[k]
		if !m.span().Overlaps(s) {
			continue
		}
		ov := min(m.span().End, s.End) - max(m.start, s.Start)
		if ov > bestLen {
			best, bestLen = int(m.ent), ov
		}
	}
	return best
}

// party returns the party the tokens of sl name.
func (e *extraction) party(sl slot) Party {
	return e.partyAt(article.Span{Start: e.toks[sl.lo].s, End: e.toks[sl.hi].e})
}

// partyAt returns the party that s names, with the entity whose mention
// heads it.
func (e *extraction) partyAt(s article.Span) Party {
	p := Party{Text: e.src[s.Start:s.End], Span: s}
	lo, end := e.nearMentions(s)
	if i := e.entityAt(s, lo, end); i >= 0 && e.heads(s, i, lo, end) {
		p.Entity, p.Name = e.ents[i].ID, e.ents[i].Name
	}
	return p
}

// sentence extracts the relations of one sentence.
func (e *extraction) sentence(s article.Span) {
	e.span, e.sentMentions = article.Span{}, [2]int{}
	lo := e.mentionsBefore(s.Start)
	hi := lo
	for hi < len(e.mentions) && e.mentions[hi].start < s.End {
		hi++
	}
	e.span, e.sentMentions = s, [2]int{lo, hi}
	e.tokenize(s)
	if len(e.toks) == 0 {
		return
	}
	e.used = slices.Grow(e.used[:0], len(e.toks))[:len(e.toks)]
	clear(e.used)
	e.frames = e.frames[:0]
	e.reportFrames()
	// Sentences come in document order: frames that end before this one
	// can never overlap a later one.
	for e.qi < len(e.qframes) && e.qframes[e.qi].hi <= s.Start {
		e.qi++
	}
	for _, f := range e.qframes[e.qi:] {
		if f.lo >= s.End {
			break
		}
		if s.Start < f.hi {
			e.frames = append(e.frames, frame{f.lo, f.hi, e.speaker(f.q)})
		}
	}
	for t := range e.toks {
		if e.toks[t].f&fCue == 0 || e.used[t] || !e.toks[t].word || e.toks[t].cap && t > 0 && (e.toks[t-1].word || e.low(t-1) == ",") {
			continue // a capitalised word inside a sentence is a name: "the Supreme Court"
		}
		var best match
		for _, r := range e.words.refs(e.toks[t].id) {
			if m, ok := e.match(r.pat, t); ok && m.better(best) {
				best = m
			}
		}
		if best.lits > 0 {
			for k := best.cueLo; k <= best.cueHi; k++ {
				e.used[k] = true
			}
			e.emit(best)
		}
	}
}

// previousName returns the first name of the last sentence before the
// current one that has one, or the zero Span. Only pronouns need it, so
// the earlier sentences are looked at, latest first, only when asked;
// none is looked at twice.
func (e *extraction) previousName() article.Span {
	if e.namesSeen >= e.si {
		return e.lastTx
	}
	toks, mark := e.toks, len(e.lows.texts)
	for k := e.si - 1; k >= e.namesSeen; k-- {
		s := e.sent(k)
		// The tokens of sentence k go after those of this one in e.lows.
		e.toks = tokenize(e.prevToks[:0], e.words, &e.lows, e.src, s.Start, s.End)
		e.prevToks = e.toks
		sl := e.firstName()
		if sl.ok {
			e.lastTx = article.Span{Start: e.toks[sl.lo].s, End: e.toks[sl.hi].e}
		}
		clear(e.lows.texts[mark:])
		e.lows.texts = e.lows.texts[:mark]
		if sl.ok {
			break
		}
	}
	e.toks = toks
	e.namesSeen = e.si
	return e.lastTx
}

// firstName returns the first capitalised noun phrase of the sentence.
func (e *extraction) firstName() slot {
	for i := range e.toks {
		if e.isName(i) {
			if sl := e.npRight(i, len(e.toks)); sl.ok {
				return sl
			}
		}
	}
	return slot{}
}

type match struct {
	pat            int
	cueLo, cueHi   int
	holder, target slot
	neg, hyp       bool
	lits, slots    int
}

func (m match) better(o match) bool {
	if m.lits != o.lits {
		return m.lits > o.lits
	}
	return m.slots > o.slots
}

func (e *extraction) tokFlags(i int) uint32 {
	if i < 0 || i >= len(e.toks) {
		return 0
	}
	return e.toks[i].f
}

func (e *extraction) isLy(i int) bool {
	t := &e.toks[i]
	if !t.word || t.cap || t.e-t.s <= 4 || t.f&(fGroup|fAdj) != 0 {
		return false
	}
	low := e.low(i)
	return strings.HasSuffix(low, "ly") && low != "ally" && low != "family"
}

func (e *extraction) skippable(i int) bool {
	return i >= 0 && i < len(e.toks) && (e.toks[i].f&fAdv != 0 || e.isLy(i))
}

// matchTok reports whether token j is a word that pt matches.
func (e *extraction) matchTok(pt *ptoken, j int) bool {
	t := &e.toks[j]
	if !t.word {
		return false
	}
	if pt.kind == ptBe {
		return t.f&fBe != 0
	}
	return t.id != 0 && slices.Contains(pt.ids, t.id)
}

// match tries pattern pi anchored at token t.
func (e *extraction) match(pi, t int) (match, bool) {
	p := &e.lex.pats[pi]
	m := match{pat: pi, cueLo: t, cueHi: t, lits: p.lits}
	n := len(e.toks)
	last := len(p.toks) - 1
	// A simple transitive verb in the passive: "was resisted by X".
	if p.anchor == 1 && len(p.toks) == 3 && p.toks[0].kind == ptHolder && p.toks[2].kind == ptTarget {
		if mm, ok := e.passive(m, t); ok {
			return mm, true
		}
	}
	j := t + 1
	for k := p.anchor + 1; k <= last; k++ {
		pt := &p.toks[k]
		switch pt.kind {
		case ptWord, ptBe:
			for e.skippable(j) && !e.matchTokAt(pt, j) {
				j++
			}
			if j >= n || !e.matchTok(pt, j) {
				return m, false
			}
			m.cueHi = j
			j++
		case ptGap:
			next := &p.toks[k+1]
			found := false
			for g := 0; g <= 4 && j+g < n; g++ {
				if e.matchTok(next, j+g) {
					j += g
					found = true
					break
				}
				if !e.toks[j+g].word {
					break
				}
			}
			if !found {
				return m, false
			}
		case ptHolder, ptTarget:
			var sl slot
			if k == last {
				sl = e.npRight(j, n)
				if !sl.ok && pt.kind == ptTarget && p.anchor == 1 && p.toks[0].kind == ptHolder {
					sl = e.gapObject(t)
				}
			} else {
				next := &p.toks[k+1]
				g := 1
				for ; g <= 8 && j+g < n; g++ {
					if e.matchTok(next, j+g) {
						break
					}
				}
				if j+g >= n || g > 8 {
					return m, false
				}
				sl = e.npRight(j, j+g)
				j += g
			}
			if !sl.ok {
				return m, false
			}
			e.setSlot(&m, pt.kind, sl)
		case ptHolderS, ptTargetS:
			g := 0
			for ; g <= 6 && j+g < n && !e.toks[j+g].poss; g++ {
			}
			if j+g >= n || !e.toks[j+g].poss || g == 0 {
				return m, false
			}
			sl := e.npRight(j, j+g)
			if !sl.ok {
				return m, false
			}
			e.setSlot(&m, pt.kind, sl)
			j += g + 1
		}
	}
	i := t - 1
	for k := p.anchor - 1; k >= 0; k-- {
		pt := &p.toks[k]
		switch pt.kind {
		case ptWord, ptBe:
			for i >= 0 && (e.skippable(i) || e.toks[i].f&fNeg != 0) && !e.matchTok(pt, i) {
				if e.toks[i].f&fNeg != 0 {
					m.neg = true
				}
				i--
			}
			if i < 0 || !e.matchTok(pt, i) {
				return m, false
			}
			m.cueLo = i
			i--
		case ptHolderS, ptTargetS:
			var sl slot
			for i >= 0 && (e.isAdj(i) || e.skippable(i)) {
				i--
			}
			switch {
			case i >= 1 && e.toks[i].poss:
				sl = e.npLeft(i - 1)
				if sl.ok {
					sl.hi = i - 1
					for sl.lo+2 <= sl.hi && e.low(sl.lo+1) == "of" && e.toks[sl.lo].f&fDet != 0 {
						sl.lo += 2 // "one of Lee's allies": the possessor is Lee
					}
				}
			case i >= 0 && e.toks[i].f&fPossPron != 0:
				sl = slot{i, i, true}
				if pt.kind == ptHolderS && i > 0 && e.toks[i-1].word && !e.toks[i-1].cap && e.toks[i-1].f&(funcFlags|fAdv) == 0 {
					// "X expressed his support for": his is the subject of the verb
					var mm match
					if sub := e.subject(i-1, &mm); sub.ok && !e.isPron(sub.lo) {
						e.setSlot(&m, pt.kind, sub)
						i--
						continue
					}
				}
			}
			if !sl.ok {
				if k == 0 && pt.kind == ptHolderS {
					if sl = e.nominalHolder(i, &m); sl.ok {
						e.setSlot(&m, pt.kind, sl)
					}
					continue
				}
				return m, false
			} else {
				i = sl.lo - 1
			}
			e.setSlot(&m, pt.kind, sl)
		case ptHolder, ptTarget:
			var sl slot
			if p.toks[p.anchor].prep && k == p.anchor-1 {
				sl = e.prepSubject(i, &m)
			} else {
				sl = e.subject(i+1, &m)
			}
			if sl.ok {
				e.setSlot(&m, pt.kind, sl)
			}
		}
	}
	if p.toks[0].kind != ptHolder && p.toks[0].kind != ptHolderS && !m.holder.ok {
		// "critics of Y", "Assad's ally": the phrase itself, or what it is said of.
		m.holder = e.descriptionHolder(m)
	}
	return m, true
}

func (e *extraction) matchTokAt(pt *ptoken, j int) bool { return j < len(e.toks) && e.matchTok(pt, j) }

func (e *extraction) setSlot(m *match, kind int, sl slot) {
	if kind == ptHolder || kind == ptHolderS {
		m.holder = sl
	} else {
		m.target = sl
	}
	m.slots++
}

// passive matches "Y was VERBed by X" and "Y, VERBed by X".
func (e *extraction) passive(m match, t int) (match, bool) {
	w := e.low(t)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ght") {
		return m, false
	}
	i := t - 1
	for e.skippable(i) {
		i--
	}
	be := i >= 0 && (e.toks[i].f&fBe != 0 || e.low(i) == "get" || e.low(i) == "got")
	by := -1
	for k := t + 1; k < len(e.toks) && k <= t+4; k++ {
		if e.low(k) == "by" {
			by = k
			break
		}
		if !e.toks[k].word {
			break
		}
	}
	if !be && !(by == t+1 && i >= 0 && e.low(i) == ",") {
		return m, false
	}
	if by < 0 {
		return m, false
	}
	h := e.npRight(by+1, len(e.toks))
	if !h.ok {
		return m, false
	}
	var tg slot
	if be {
		tg = e.subject(i+1, &m)
	} else {
		tg = e.npLeft(i - 1)
	}
	if !tg.ok {
		return m, false
	}
	m.holder, m.target, m.slots = h, tg, 2
	if be {
		m.cueLo = i
	}
	return m, true
}

// gapObject finds the object of a verb that has none after it: the noun
// phrase a relative clause hangs on ("a pact Moscow wanted, but the
// administration resisted").
func (e *extraction) gapObject(t int) slot {
	if t+1 < len(e.toks) && e.toks[t+1].word {
		return slot{}
	}
	i := t - 1
	for i >= 0 && (e.skippable(i) || e.toks[i].f&(fAux|fBe|fModal) != 0) {
		i--
	}
	if sl := e.npLeft(i); sl.ok {
		i = sl.lo - 1
	}
	if i < 0 || e.toks[i].f&(fConj|fSub) == 0 {
		return slot{} // only after "but", "and", "which": "a pact X wanted, but Y resisted"
	}
	for k := i; k >= 0 && k >= t-14; k-- {
		if f := e.toks[k].f; f&fDet != 0 && f&fSub == 0 && !e.toks[k].cap {
			if sl := e.npRight(k, t); sl.ok && sl.hi > k {
				return sl
			}
		}
	}
	return slot{}
}

// heads reports whether entity i names the party at s rather than a
// modifier inside it: "the pace of US-Russia cooperation" is not Russia.
func (e *extraction) heads(s article.Span, i, lo, end int) bool {
	// Only the mentions near s can overlap it: look them up in the sorted
	// index, as entityAt does, rather than walk all of the entity's.
	for k := lo; k < end; k++ {
		m := e.mentions[k]
		if int(m.ent) != i || !m.span().Overlaps(s) {
			continue
		}
		if strings.Contains(e.src[s.Start:max(s.Start, m.start)], " of ") {
			continue
		}
		if m.start > 0 && e.src[m.start-1] == '-' || m.span().End < len(e.src) && e.src[m.span().End] == '-' {
			continue
		}
		rest := strings.TrimLeft(e.src[min(m.span().End, s.End):s.End], " ")
		if rest == "" || rest[0] == '\'' || strings.HasPrefix(rest, "’") {
			return true
		}
		w, _, _ := strings.Cut(rest, " ")
		if wordFlagsFold(w)&fGroup != 0 {
			return true // "the US military"
		}
	}
	return false
}
