package quote

import (
	"cmp"
	"slices"
	"sort"
	"sync"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// An Extractor finds the quotes of reports. The zero Extractor is ready to
// use and finds every kind of quote. An Extractor is safe for concurrent
// use: extraction never modifies it.
type Extractor struct {
	// NoIndirect leaves out reported speech without quotation marks.
	NoIndirect bool
	// NoTerms leaves out scare quotes, titles and quoted terms that nothing
	// attributes (the writer's own partial quotes).
	NoTerms bool
	// SplitContinued reports a quoted sentence that continues the quote
	// before it in its paragraph (`"A," he said. "B."`) as a quote of its
	// own, flagged Continues, instead of as a further fragment of that quote.
	SplitContinued bool
}

// Extract returns the quotes of a with the zero [Extractor]; see
// [Extractor.Extract].
func Extract(a *article.Article, ents []entity.Entity) []Quote {
	return Extractor{}.Extract(a, ents)
}

// window limits, in bytes, of the text searched before and after a quote.
const (
	preWindow  = 400
	postWindow = 300
)

// ctx holds one extraction's state and scratch buffers. Contexts are
// pooled: nothing handed to the caller may alias a scratch buffer.
type ctx struct {
	src string
	a   *article.Article
	lex *lexicon
	// tokens' buffers
	pre      []tok
	post     []tok
	head     []tok // headlineColon's tokens: pre may still be in use
	sent     []tok
	cues     []reportCue // reported's scratch
	regs     []region
	stack    []openMark
	marked   []draft          // the quotes with marks, before the result
	found    []draft          // indirect's reported speech of one sentence
	ind      draftList        // reported speech, before the result
	ok       []bool           // whether each of marked is attributed
	ints     []int            // continuations' tables
	into     []int            // joinContinued's table
	ments    []ment           // resolve's mentions
	asks     []int            // resolve's quotes with a speaker
	runs     mentionHeap      // resolve's entities
	sorted   []entity.Mention // resolve's copies of mentions out of order
	markCues []int            // indirect's cues of the quotes with marks, sorted
	// free holds the spans that spans hands out: it is part of the
	// result, never reused.
	free []article.Span

	// the inverted attribution of sentence invSent-1, when invSent > 0
	invSent  int
	invQuote draft
	invOK    bool
}

// ctxPool holds the contexts of finished extractions for reuse.
var ctxPool = sync.Pool{New: func() any { return new(ctx) }}

// maxPooledToks bounds the token buffers of a context put back in the pool,
// so that one long report neither pins its scratch nor makes later calls'
// costs depend on it: a report of some 20 KB, longer than most news, has
// as many tokens.
const maxPooledToks = 1 << 12

// maxPooledQuotes bounds the quote buffers of a pooled context likewise.
const maxPooledQuotes = 1 << 10

func newCtx(a *article.Article) *ctx {
	x := ctxPool.Get().(*ctx)
	x.src, x.a, x.lex = a.Source, a, lex()
	return x
}

// release resets x and puts it back in the pool.
func (x *ctx) release() {
	if cap(x.sent) > maxPooledToks || cap(x.regs) > maxPooledToks || cap(x.ments) > maxPooledToks || cap(x.asks) > maxPooledToks ||
		cap(x.runs)+cap(x.sorted) > maxPooledToks ||
		cap(x.marked)+len(x.ind.chunks)*draftChunk > maxPooledQuotes {
		return
	}
	clear(x.marked[:cap(x.marked)]) // no Content slices of the caller's quotes
	clear(x.found[:cap(x.found)])
	x.ind.reset()
	*x = ctx{
		pre: x.pre[:0], post: x.post[:0], head: x.head[:0], sent: x.sent[:0], cues: x.cues[:0],
		regs: x.regs[:0], stack: x.stack[:0],
		marked: x.marked[:0], found: x.found[:0], ind: x.ind, ok: x.ok[:0], ints: x.ints[:0], into: x.into[:0], ments: x.ments[:0], asks: x.asks[:0],
		runs: x.runs[:0], sorted: x.sorted[:0],
		markCues: x.markCues[:0],
	}
	ctxPool.Put(x)
}

// spans returns n spans for a quote's Content. They share an array with
// other quotes' Content, so that a report's quotes cost few allocations, but
// never its capacity: appending to them copies.
func (x *ctx) spans(n int) []article.Span {
	if len(x.free) < n {
		x.free = make([]article.Span, max(n, spanChunk))
	}
	s := x.free[:n:n]
	x.free = x.free[n:]
	return s
}

// spanChunk is how many spans spans allocates at once.
const spanChunk = 32

// concat returns a and b joined in new spans from spans.
func (x *ctx) concat(a, b []article.Span) []article.Span {
	s := x.spans(len(a) + len(b))
	copy(s[copy(s, a):], b)
	return s
}

// groupEnd returns the end of the group of x.regs that starts at lo: a
// quote left open at the end of its paragraph chains the next paragraph's
// quote when that opens the paragraph.
func (x *ctx) groupEnd(lo int) int {
	i := lo
	for x.regs[i].unclosed && i+1 < len(x.regs) && x.regs[i+1].para == x.regs[i].para+1 &&
		x.regs[i+1].start == x.paraStart(x.regs[i+1].para) && !x.transcriptLabel(x.regs[i+1]).IsValid() {
		i++
	}
	return i + 1
}

// regsPerPara is the room for regions reserved before scanning a paragraph.
const regsPerPara = 16

// reserve returns s with room for n more elements. It at least doubles the
// capacity when it grows, so that a slice grown to a long report's size
// leaves less garbage than append's smaller steps.
func reserve[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, cap(s)))
}

// A group is a run of x.regs, [lo, hi), that forms one quote: a quote
// that runs over several paragraphs.
type group struct{ lo, hi int }

// attribution is what attributes a quote.
type attribution struct {
	speaker article.Span
	via     article.Span
	cue     Cue
	rule    ruleID
	clause  int // start of the reported clause; -1 when the quote is the whole content
}

// Extract returns the quotes of a in document order: direct and partial
// quotes found by their quotation marks, then attributed; and, unless
// e.NoIndirect, reported speech without marks. ents are a's entities (nil is
// fine): a speaker whose span overlaps a mention of one is resolved to it.
// Heading and boilerplate paragraphs are searched for quotation marks only
// when they are body text: headings are skipped for reported speech.
func (e Extractor) Extract(a *article.Article, ents []entity.Entity) []Quote {
	if a == nil {
		return nil
	}
	x := newCtx(a)
	defer x.release()
	for pi, p := range a.Paragraphs {
		if p.Kind == article.KindBoilerplate {
			continue
		}
		lo, hi := max(0, p.Start), min(len(x.src), p.End)
		if lo >= hi {
			continue
		}
		n := len(x.regs)
		x.regs, x.stack = scanMarks(x.src, lo, hi, reserve(x.regs, regsPerPara), x.stack)
		for i := n; i < len(x.regs); i++ {
			x.regs[i].para = int32(pi)
		}
	}
	groups := 0
	for i := 0; i < len(x.regs); i = x.groupEnd(i) {
		groups++
	}
	out := slices.Grow(x.marked, groups)
	x.ok = slices.Grow(x.ok, groups)
	for lo := 0; lo < len(x.regs); {
		g := group{lo, x.groupEnd(lo)}
		lo = g.hi
		q, at, ok := x.attribute(g)
		if !ok && e.NoTerms && q.rule == ruleTerm {
			continue
		}
		// A split quote: the same cue as the quote before in its sentence.
		if n := len(out); n > 0 && at.cue.Span.IsValid() && out[n-1].cue.Span == at.cue.Span && out[n-1].kind == q.kind {
			out[n-1].content = x.concat(out[n-1].content, q.content)
			out[n-1].unclosed = out[n-1].unclosed || q.unclosed
			continue
		}
		// More quoted fragments of the reported clause before, with no cue of
		// their own: `called it "A" and "B."`.
		if n := len(out); n > 0 && !ok && out[n-1].kind == KindPartial && out[n-1].clause.IsValid() && q.span().Start < out[n-1].clause.End {
			p := &out[n-1]
			p.content = x.concat(p.content, q.content)
			p.unclosed = p.unclosed || q.unclosed
			p.clause.End = max(p.clause.End, q.span().End)
			continue
		}
		out = append(out, q)
		x.ok = append(x.ok, ok)
	}
	x.marked = out
	for i := range out {
		if q := &out[i]; q.clause.IsValid() {
			sp := q.span()
			q.clause = article.Span{Start: min(q.clause.Start, sp.Start), End: max(q.clause.End, sp.End)}
		}
	}
	if !e.NoIndirect {
		x.indirect(out)
	}
	if from := x.continuations(out, x.ok, &x.ind); !e.SplitContinued {
		out = x.joinContinued(out, from)
	}
	if len(out)+x.ind.n == 0 {
		return nil
	}
	res := mergeByStart(make([]Quote, 0, len(out)+x.ind.n), out, &x.ind)
	// Content with no letter or digit quotes nothing, whatever the rule
	// that drafted it: `According to officials, "` has no clause.
	res = slices.DeleteFunc(res, func(q Quote) bool { s := q.Span(); return !hasWord(x.src, s.Start, s.End) })
	if len(res) == 0 {
		return nil
	}
	x.resolve(res, ents)
	return res
}

// tokens returns the tokens of src[lo:hi], tokenized into *buf.
// The result must not be modified.
func (x *ctx) tokens(lo, hi int, buf *[]tok) []tok {
	if lo >= hi {
		return nil
	}
	*buf = tokenize(x.lex, x.src, lo, hi, (*buf)[:0])
	return *buf
}

// mergeByStart appends the quotes of a and b to res, stably sorted by where
// their spans start: a merge when each is sorted already, as they mostly are.
func mergeByStart(res []Quote, a []draft, b *draftList) []Quote {
	sorted := true
	for i := 1; i < len(a) && sorted; i++ {
		sorted = a[i-1].span().Start <= a[i].span().Start
	}
	for i := 1; i < b.n && sorted; i++ {
		sorted = b.at(i-1).span().Start <= b.at(i).span().Start
	}
	if !sorted {
		for i := range a {
			res = append(res, a[i].quote())
		}
		for i := range b.n {
			res = append(res, b.at(i).quote())
		}
		slices.SortStableFunc(res, func(p, q Quote) int { return cmp.Compare(p.Span().Start, q.Span().Start) })
		return res
	}
	i, j := 0, 0
	for i < len(a) && j < b.n {
		if d := b.at(j); d.span().Start < a[i].span().Start {
			res = append(res, d.quote())
			j++
		} else {
			res = append(res, a[i].quote())
			i++
		}
	}
	for ; i < len(a); i++ {
		res = append(res, a[i].quote())
	}
	for ; j < b.n; j++ {
		res = append(res, b.at(j).quote())
	}
	return res
}

func (x *ctx) paraStart(pi int32) int {
	p := x.a.Paragraphs[pi]
	i := p.Start
	for i < p.End && (x.src[i] == ' ' || x.src[i] == '\t' || x.src[i] == '\n' || x.src[i] == '\r') {
		i++
	}
	return i
}

// sentenceEnd returns the end of the sentence holding offset off, or of
// its paragraph when no sentence does.
func (x *ctx) sentenceEnd(off int, para int32) int {
	ss := x.a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return ss[i].End
	}
	return x.a.Paragraphs[para].End
}

// attribute builds the quote of group g (indices into x.regs) and reports
// whether something in the text attributes it.
func (x *ctx) attribute(g group) (draft, attribution, bool) {
	fr, lr := x.regs[g.lo], x.regs[g.hi-1]
	q := draft{kind: KindDirect, unclosed: lr.unclosed, content: x.spans(g.hi - g.lo)}
	for i, r := range x.regs[g.lo:g.hi] {
		q.content[i] = article.Span{Start: r.start, End: r.end}
	}
	para := x.a.Paragraphs[fr.para]
	lo := max(para.Start, fr.start-preWindow)
	if g.lo > 0 && x.regs[g.lo-1].para == fr.para {
		lo = max(lo, x.regs[g.lo-1].end)
	}
	pre := x.tokens(lo, fr.start, &x.pre)
	for i := len(pre) - 1; i >= 0; i-- {
		if !pre[i].word && (isClauseEnd(x.src, pre[i]) && !(i == len(pre)-1 && is(x.src, pre[i], ":")) || isDash(x.src, pre[i])) {
			pre = pre[i+1:]
			break
		}
	}
	// Leading quotation marks left over from an earlier quote are not text.
	for len(pre) > 0 && isQuoteMark(x.src, pre[0]) {
		pre = pre[1:]
	}
	var post []tok
	if !lr.unclosed {
		lpara := x.a.Paragraphs[lr.para]
		hi := min(lpara.End, lr.end+postWindow)
		if g.hi < len(x.regs) && x.regs[g.hi].para == lr.para {
			hi = min(hi, x.regs[g.hi].start)
		}
		post = x.tokens(lr.end, hi, &x.post)
		for i, t := range post {
			if isClauseEnd(x.src, t) {
				post = post[:i]
				break
			}
		}
	}
	apply := func(at attribution) {
		q.speaker, q.cue, q.rule, q.via = at.speaker, at.cue, at.rule, at.via
	}
	if sp := x.transcriptLabel(fr); sp.IsValid() {
		// "PENCE: Well, look, …": a transcript names its speaker.
		at := attribution{speaker: sp, cue: Cue{Span: article.Span{Start: sp.End, End: sp.End + 1}, Lemma: ":"}, rule: ruleColon, clause: -1}
		apply(at)
		return q, at, true
	}
	if len(pre) == 0 || x.introOnly(pre) {
		if at, ok := x.parsePost(post, false); ok {
			apply(at)
			return q, at, true
		}
		if at, ok := x.colonFromPrevious(fr); ok {
			apply(at)
			return q, at, true
		}
		if at, clause, ok := x.invertedAround(fr.start, lr.end); ok && clause.End > lr.end+1 {
			// `"We failed" in March, she said.`
			apply(at)
			q.kind, q.rule, q.clause = KindPartial, ruleReported, clause
			return q, at, true
		}
		q.rule = ruleNone
		return q, attribution{}, false
	}
	if at, ok := x.headlineColon(fr); ok {
		q.kind = KindPartial
		apply(at)
		return q, at, true
	}
	if at, ok := x.parsePre(pre, fr.start); ok {
		apply(at)
		if at.clause < 0 && x.isLabelCue(at.cue) {
			// `slammed "the insulting offer"`: the verb's object, in the
			// speaker's words.
			q.kind = KindPartial
		}
		if at.clause >= 0 {
			q.kind = KindPartial
			end := max(lr.end, trimPunctEnd(x.src, lr.end, x.sentenceEnd(lr.end-1, lr.para)))
			q.clause = article.Span{Start: at.clause, End: end}
		}
		return q, at, true
	}
	if at, ok := x.parsePost(post, false); ok {
		apply(at)
		q.kind = KindPartial
		q.clause = article.Span{Start: pre[0].s, End: lr.end}
		at.rule = ruleReported
		q.rule = ruleReported
		return q, at, true
	}
	q.kind = KindPartial
	if at, ok := x.headlineColon(fr); ok {
		// Senator: Budget Talks Are 'Going Nowhere'
		apply(at)
		return q, at, true
	}
	if at, clause, ok := x.invertedAround(fr.start, lr.end); ok {
		// `A cashier who "steals" is punished, the senator said.`
		apply(at)
		q.rule = ruleReported
		q.clause = clause
		return q, at, true
	}
	if at, ok := x.headlineSubject(fr); ok {
		// Mayor Vows 'No Retreat' on Housing
		apply(at)
		return q, at, true
	}
	q.rule = ruleTerm
	return q, attribution{}, false
}

// headlineColon attributes a quote in a heading (or the report's first
// paragraph, its headline when it has no headline line) that opens with a
// name and a colon, the headline convention for a speaker's words:
// "Senator: Budget Talks Are 'Going Nowhere'".
func (x *ctx) headlineColon(r region) (attribution, bool) {
	p := x.a.Paragraphs[r.para]
	if r.para > 0 && p.Kind != article.KindHeading && !(x.a.Headline.IsValid() && x.a.Headline.Start <= r.start && r.start < x.a.Headline.End) {
		return attribution{}, false
	}
	lo := x.paraStart(r.para)
	head := x.tokens(lo, min(r.start, lo+80), &x.head)
	e := -1 // the end of the opening name: "Minister on Tariffs:" is the minister's
	for i, t := range head {
		if i > 6 || e < 0 && i > 4 {
			break
		}
		if is(x.src, t, ":") {
			if e < 0 {
				e = i
			}
			if e == 0 {
				break
			}
			return attribution{speaker: tokSpan(head, 0, e-1), cue: Cue{Span: tokSpan(head, i, i), Lemma: ":"}, rule: ruleColon, clause: -1}, true
		}
		if !isCap(x.src, t) || x.wflags(t)&(fStop|fCue|fDet) != 0 {
			if e >= 0 || !t.word || x.wflags(t)&fPrep == 0 || i == 0 {
				break
			}
			e = i
		}
	}
	return attribution{}, false
}

// headlineSubject attributes a quote in a headline (see headlineColon)
// to the headline's subject, the capitalised words that open it up to its
// verb: "Mayor Vows 'No Retreat'", "Striking Nurses Reject 'Insulting'
// Offer", "Minister on Tariffs: 'We Will Not Blink'". In a headline's
// title case the verb is the first word ending in -s after the subject
// ("Vows"), or, after a plural subject ("Nurses"), the word that follows
// it; a lexicon word (a preposition, a determiner, a cue) ends the subject
// too.
func (x *ctx) headlineSubject(r region) (attribution, bool) {
	if !x.inHeadline(r) {
		return attribution{}, false
	}
	lo := x.paraStart(r.para)
	toks := x.tokens(lo, min(r.start, lo+120), &x.head)
	if len(toks) == 0 || x.wflags(toks[0])&(fDet|fStop|fPron) != 0 {
		return attribution{}, false
	}
	e := 0
	for e < len(toks) && e < 5 && isCap(x.src, toks[e]) && x.wflags(toks[e])&(fStop|fCue|fLabel|fDet) == 0 {
		w := x.src[toks[e].s:toks[e].e]
		if e > 0 && hasSuffix(w, "s") && !hasSuffix(w, "ss") && !isPossessive(w) {
			// a verb, unless a plural subject's verb follows: "Nurses Reject Offer"
			if !(e+2 < len(toks) && isCap(x.src, toks[e+1]) && x.wflags(toks[e+1])&(fStop|fDet) == 0 &&
				isCap(x.src, toks[e+2]) && x.wflags(toks[e+2])&(fStop|fDet) == 0) {
				break
			}
			e++
			break
		}
		e++
	}
	if e == 0 || e == len(toks) || e >= 5 && isCap(x.src, toks[e]) {
		return attribution{}, false
	}
	return attribution{speaker: tokSpan(toks, 0, e-1), cue: x.cueOf(toks, e), rule: ruleHeadline, clause: -1}, true
}

// inHeadline reports whether r lies in a heading, or in the report's first
// paragraph or headline.
func (x *ctx) inHeadline(r region) bool {
	p := x.a.Paragraphs[r.para]
	return r.para == 0 || p.Kind == article.KindHeading || x.a.Headline.IsValid() && x.a.Headline.Start <= r.start && r.start < x.a.Headline.End
}

// invertedAround returns the attribution after (or inside) the sentence
// holding the quote from lo to hi, `…, X said.`, when the quote lies in
// the reported content, and that content. The sentence's answer is cached,
// so the quotes of one sentence cost one parse.
func (x *ctx) invertedAround(lo, hi int) (attribution, article.Span, bool) {
	ss := x.a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > lo })
	if i >= len(ss) || ss[i].Start > lo || hi > ss[i].End {
		return attribution{}, article.Span{}, false
	}
	if x.invSent != i+1 {
		x.invSent = i + 1
		x.invQuote, x.invOK = x.inverted(x.tokens(ss[i].Start, ss[i].End, &x.sent))
	}
	if !x.invOK {
		return attribution{}, article.Span{}, false
	}
	for _, c := range x.invQuote.content {
		if c.Start <= lo && hi <= c.End+1 {
			q := x.invQuote
			return attribution{speaker: q.speaker, cue: q.cue, via: q.via, rule: ruleReported, clause: c.Start}, c, true
		}
	}
	return attribution{}, article.Span{}, false
}

// introOnly reports whether pre holds only a sentence opener that cannot
// attribute: "And", "But".
func (x *ctx) introOnly(pre []tok) bool {
	for _, t := range pre {
		if t.word && x.wflags(t)&fConj == 0 || !t.word && !is(x.src, t, ",") {
			return false
		}
	}
	return true
}

func isDash(src string, t tok) bool {
	if t.word {
		return false
	}
	switch src[t.s:t.e] {
	case "—", "–", "-", "―":
		return true
	}
	return false
}

// trimPunctEnd moves hi back over white space and closing punctuation.
func trimPunctEnd(src string, lo, hi int) int {
	for hi > lo {
		c := src[hi-1]
		if c == '.' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ';' || c == ',' || c == ':' || c == '!' || c == '?' {
			hi--
			continue
		}
		break
	}
	return hi
}

func tokSpan(toks []tok, i, j int) article.Span {
	return article.Span{Start: toks[i].s, End: toks[j].e}
}

// parsePost reads an attribution after a quote: `, he said`, `, said
// Kerry`, `, Kerry, the minister, said`, `, according to X`, `— X`. With
// lexOnly, only the lexicon's speech verbs are cues; else an unlisted past
// tense ("grumbled") is one too.
func (x *ctx) parsePost(toks []tok, lexOnly bool) (attribution, bool) {
	p := 0
	for p < len(toks) && (is(x.src, toks[p], ",") || isQuoteMark(x.src, toks[p])) {
		p++
	}
	if p+1 < len(toks) && is(x.src, toks[p], "as") && toks[p+1].word {
		p++ // "…," as the memo put it.
	}
	if p >= len(toks) {
		return attribution{}, false
	}
	t := toks[p]
	if isDash(x.src, t) {
		if p+1 < len(toks) && isCap(x.src, toks[p+1]) {
			if sp, _, ok := x.npAfter(toks, p+1); ok {
				return attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, p, p), Lemma: "-"}, rule: ruleDash, clause: -1}, true
			}
		}
		return attribution{}, false
	}
	if p+1 < len(toks) && isEqualFold(x.src, t, "according") && is(x.src, toks[p+1], "to") {
		if sp, _, ok := x.npAfter(toks, p+2); ok {
			return attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, p, p+1), Lemma: "according to"}, rule: ruleAccordingTo, clause: -1}, true
		}
		return attribution{}, false
	}
	if f := x.wflags(t); (f&fCue != 0 || !lexOnly && x.isVerbLike(t)) && !isCap(x.src, t) {
		if sp, _, ok := x.npAfter(toks, p+1); ok {
			return attribution{speaker: sp, cue: x.cueOf(toks, p), rule: ruleCueAfter, clause: -1}, true
		}
		return attribution{}, false
	}
	// X, the minister, said / X (D-N.Y.) told reporters
	sp, e, ok := x.npAfter(toks, p)
	if !ok {
		return attribution{}, false
	}
	// verbNext: the next word may be the verb: right after the noun phrase,
	// after a comma, or after a parenthesis that follows either
	// ("Rep. Ann Lee (D-Ohio) said").
	afterComma, verbNext := false, true
	for q := e; q < len(toks) && q-p < maxChainToks; q++ {
		u := toks[q]
		if is(x.src, u, "(") {
			for q < len(toks) && !is(x.src, toks[q], ")") && !isClauseEnd(x.src, toks[q]) {
				q++
			}
			continue
		}
		if !u.word {
			switch x.src[u.s:u.e] {
			case ",":
				afterComma = true
			case ")", "-", "–":
			default:
				return attribution{}, false
			}
			verbNext = false
			continue
		}
		f := x.wflags(u)
		if (verbNext || afterComma) && isPut(x.src, u) && q+1 < len(toks) && is(x.src, toks[q+1], "it") {
			return attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, q, q+1), Lemma: "put it"}, rule: ruleCueAfter, clause: -1}, true
		}
		if verbNext || afterComma {
			if f&fCue != 0 && (f&fPast != 0 || hasSuffix(x.src[u.s:u.e], "s") && !ambiguousNoun(x.src[u.s:u.e])) || !lexOnly && x.isVerbLike(u) {
				return attribution{speaker: sp, cue: x.cueOf(toks, q), rule: ruleCueAfter, clause: -1}, true
			}
			if f&fSkip != 0 || x.isAdverb(u) {
				continue // X also said; X, however, later said
			}
		}
		afterComma = false
		if verbNext {
			return attribution{}, false // X did something: not an attribution
		}
		verbNext = false
	}
	return attribution{}, false
}

// cueOf returns the cue of the verb at toks[i].
func (x *ctx) cueOf(toks []tok, i int) Cue {
	l := x.lex.lemmaOf(x.src, toks[i])
	if l == "" {
		l = lowerASCII(x.src[toks[i].s:toks[i].e])
	}
	return Cue{Span: tokSpan(toks, i, i), Lemma: l}
}

// parsePre finds the attribution of a quote in the text before it in its
// sentence (pre, which ends at the quote's opening mark at open): the
// first speech verb with a subject, `according to X`, `X quoted Y as
// saying`, or a colon after a noun phrase. The clause is -1 when the quote
// follows the cue directly (a direct quote), else where the reported
// clause holding the quote starts.
func (x *ctx) parsePre(pre []tok, open int) (attribution, bool) {
	for i := 0; i < len(pre); i++ {
		if !opensCue(pre[i]) {
			continue // cueAt would find nothing
		}
		at, j, ok := x.cueAt(pre, i, true)
		if !ok {
			continue
		}
		// A later attribution in a clause of its own is the quote's: `While
		// he conceded A, Lee also argued "B"`, `X said A, and Y replied, "B"`.
		for k := j; k < len(pre); k++ {
			if t := pre[k]; !t.word || x.wflags(t)&(fCue|fLabel) == 0 {
				continue
			}
			at2, j2, ok := x.cueAt(pre, k, true)
			if !ok || at2.rule != noRule {
				continue
			}
			b := k
			for b > 0 && pre[b-1].s >= at2.speaker.Start {
				b--
			}
			if x.coordinated(pre, b) {
				if at.rule == ruleAccordingTo {
					at2.via = at.speaker // According to RIA, Lee said "…"
				}
				at, j, k = at2, j2, j2-1
			}
		}
		// Skip what may stand between the cue and its quote.
		for j < len(pre) && !pre[j].word && (is(x.src, pre[j], ",") || is(x.src, pre[j], ":")) {
			j++
		}
		if j >= len(pre) {
			at.clause = -1
			if is(x.src, pre[len(pre)-1], ":") && at.rule == noRule {
				at.rule = ruleColon
			} else if at.rule == noRule {
				at.rule = ruleCueBefore
			}
		} else {
			at.clause = pre[j].s
			if at.rule == noRule {
				at.rule = ruleReported
			}
		}
		return at, true
	}
	if n := len(pre); n >= 2 && is(x.src, pre[n-1], ":") {
		b, ok := x.npEndingAt(pre, n-2)
		if ok && b > 0 && (is(x.src, pre[b-1], "this") || is(x.src, pre[b-1], "these")) {
			b-- // made this promise:
		}
		head := pre[n-2]
		object := !isCap(x.src, head) && x.wflags(head)&(fNoun|fPron) == 0 // "this promise", "its headline"
		if ok && b > 0 && (!x.isBoundary(pre, b) || object) && x.wflags(pre[b-1])&fPrep == 0 {
			// X made the following comment: the subject speaks.
			if sp, ok := x.sentenceSubject(pre[:b]); ok {
				return attribution{speaker: sp, cue: Cue{Span: tokSpan(pre, n-1, n-1), Lemma: ":"}, rule: ruleColon, clause: -1}, true
			}
		}
		if ok {
			return attribution{speaker: tokSpan(pre, b, n-2), cue: Cue{Span: tokSpan(pre, n-1, n-1), Lemma: ":"}, rule: ruleColon, clause: -1}, true
		}
	}
	return attribution{}, false
}

// cueAt reads a cue structure at toks[i]: a speech verb with its subject
// (or, after a comma and as an -ing form, none), `according to X`, or `X
// quoted Y as saying`. It returns the attribution and the index where the
// reported content starts: after an indirect object ("told reporters"), a
// short adverbial that leads to "that" ("said in a statement that") and
// "that".
func (x *ctx) cueAt(toks []tok, i int, labels bool) (attribution, int, bool) {
	t := toks[i]
	f := x.wflags(t)
	if !t.word || t.raw&fPhrase == 0 && f&fCue == 0 && (f&fLabel == 0 || !labels) {
		return attribution{}, 0, false // most words: neither a cue nor a phrase word
	}
	if t.raw&fPhrase != 0 {
		// "according", "put" and the phrasal verbs are phrase words.
		if i+1 < len(toks) && isEqualFold(x.src, t, "according") && is(x.src, toks[i+1], "to") {
			sp, j, ok := x.npAfter(toks, i+2)
			if !ok {
				return attribution{}, 0, false
			}
			for j < len(toks) && !toks[j].word && !isQuoteMark(x.src, toks[j]) {
				j++
			}
			return attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, i, i+1), Lemma: "according to"}, rule: ruleAccordingTo}, j, true
		}
		if i+1 < len(toks) && isPut(x.src, t) && is(x.src, toks[i+1], "it") {
			// As X put it, …
			sp, ok := x.subjectBefore(toks, i)
			if !ok {
				return attribution{}, 0, false
			}
			return attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, i, i+1), Lemma: "put it"}}, i + 2, true
		}
		if lemma, p := x.phrasal(toks, i); lemma != "" {
			// X called for an inquiry; X called on Y to resign; X pointed to
			// the figures.
			sp, ok := x.subjectBefore(toks, i)
			if !ok && i >= 2 && is(x.src, toks[i-1], "and") && toks[i-2].word {
				sp, ok = x.sentenceSubject(toks[:i-1]) // X did A and called for B
			}
			if !ok {
				return attribution{}, 0, false
			}
			return attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, i, p), Lemma: lemma}}, p + 1, true
		}
	}
	if f&fCue == 0 && (f&fLabel == 0 || !labels) {
		return attribution{}, 0, false
	}
	var at attribution
	if i > 0 && is(x.src, toks[i-1], "as") && (isEqualFold(x.src, t, "saying") || isEqualFold(x.src, t, "telling") || isEqualFold(x.src, t, "writing")) {
		// X quoted Y as saying
		k := i - 2
		for k >= 0 && i-k < 16 && !(toks[k].word && (isEqualFold(x.src, toks[k], "quoted") || isEqualFold(x.src, toks[k], "quoting") || isEqualFold(x.src, toks[k], "quotes") || isEqualFold(x.src, toks[k], "cited"))) {
			k--
		}
		if k < 0 || i-k >= 16 || k+1 > i-2 {
			return attribution{}, 0, false
		}
		sp, end, ok := x.npAfter(toks, k+1)
		if !ok || end != i-1 {
			// a longer description: take it all
			sp = tokSpan(toks, k+1, i-2)
		}
		at = attribution{speaker: sp, cue: Cue{Span: tokSpan(toks, k, i), Lemma: "quote as saying"}, rule: ruleQuotedAs}
		if via, ok := x.subjectBefore(toks, k); ok {
			at.via = via
		}
	} else if sp, ok := x.participleSubject(toks, i); ok {
		// X did something, saying …; X …, before adding …
		at = attribution{speaker: sp, cue: x.cueOf(toks, i), rule: ruleParticiple}
	} else {
		sp, ok := x.subjectBefore(toks, i)
		if !ok && i >= 2 && (is(x.src, toks[i-1], "and") || is(x.src, toks[i-1], "but")) && toks[i-2].word && f&fPast != 0 && !hasSuffix(x.src[t.s:t.e], "ing") {
			// X did something and said …: the subject of the first verb.
			sp, ok = x.sentenceSubject(toks[:i-1])
		}
		if !ok {
			return attribution{}, 0, false
		}
		w := x.src[t.s:t.e]
		if f&fPast == 0 && ambiguousNoun(w) && x.wflags(toks[i-1])&fPron == 0 && !(i+1 < len(toks) && is(x.src, toks[i+1], "that")) &&
			!(f&fTo != 0 && i+1 < len(toks) && is(x.src, toks[i+1], "to") && !isPossessive(x.src[toks[i-1].s:toks[i-1].e])) {
			return attribution{}, 0, false
		}
		at = attribution{speaker: sp, cue: x.cueOf(toks, i)}
	}
	return at, x.contentStart(toks, i), true
}

// contentStart returns where the content of the cue at toks[i] starts:
// after an indirect object ("told reporters"), a short adverbial that
// leads to "that" ("said in a statement that") and "that".
func (x *ctx) contentStart(toks []tok, i int) int {
	f := x.wflags(toks[i])
	j := i + 1
	if f&fObj != 0 && j < len(toks) && toks[j].word {
		if isObjectWord(x.src[toks[j].s:toks[j].e]) {
			j++
		} else if _, e, ok := x.npAfter(toks, j); ok && x.wflags(toks[j])&fPron == 0 {
			j = e
		}
	}
	if j < len(toks) && toks[j].word && x.wflags(toks[j])&fPrep != 0 && !is(x.src, toks[j], "of") && !is(x.src, toks[j], "about") {
		for k := j + 1; k < len(toks) && k-j < 7; k++ {
			if is(x.src, toks[k], "that") || is(x.src, toks[k], ",") || is(x.src, toks[k], ":") {
				j = k
				break
			}
			if !toks[k].word {
				break
			}
		}
	}
	if j < len(toks) && is(x.src, toks[j], "that") {
		j++
	}
	return j
}

// isObjectWord reports whether w is an indirect object that needs no noun
// phrase: "him", "them", "reporters".
func isObjectWord(w string) bool {
	var buf [maxLexWord]byte
	switch string(foldASCII(buf[:], w)) {
	case "him", "her", "them", "us", "me", "reporters", "journalists":
		return true
	}
	return false
}

// participleSubject returns the subject of a speech verb's -ing form
// that follows a comma or a preposition ("…, saying", "before adding",
// "by arguing"): the subject of the sentence.
func (x *ctx) participleSubject(toks []tok, i int) (article.Span, bool) {
	if i < 2 || !hasSuffix(x.src[toks[i].s:toks[i].e], "ing") {
		return article.Span{}, false
	}
	p := toks[i-1]
	if !is(x.src, p, ",") && !(p.word && x.wflags(p)&fPrep != 0 && x.wflags(p)&fDet == 0 || is(x.src, p, "while")) {
		return article.Span{}, false
	}
	sp, ok := x.sentenceSubject(toks[:i-1])
	if !ok || sp.End > p.s {
		return article.Span{}, false
	}
	return sp, true
}

// isPossessive reports whether w ends in 's: "Clinton's plans to …" is a
// noun phrase, not a cue.
func isPossessive(w string) bool {
	return hasSuffix(w, "'s") || hasSuffix(w, "’s")
}

// isPut reports whether t is "put" or "puts" (as X put it).
func isPut(src string, t tok) bool {
	return t.word && (src[t.s:t.e] == "put" || src[t.s:t.e] == "puts")
}

// phrasal returns the lemma of the phrasal cue at toks[i] ("call for",
// "point to") and the index of its particle, which may follow a day
// ("called Friday for"); or "".
func (x *ctx) phrasal(toks []tok, i int) (string, int) {
	t := toks[i]
	if !t.word || i+2 >= len(toks) {
		return "", 0
	}
	call := isCall(x.src, t)
	var verb string
	if !call {
		verb = phrasalVerb(x.src[t.s:t.e])
		if verb == "" {
			return "", 0
		}
	}
	p := i + 1
	if isCap(x.src, toks[p]) && isTimeWord(x.src, toks[p]) {
		p++
	}
	if p+1 >= len(toks) || !toks[p].word {
		return "", 0
	}
	part := x.src[toks[p].s:toks[p].e]
	if call {
		switch part {
		case "for":
			return "call for", p
		case "on":
			return "call on", p
		}
		return "", 0
	}
	switch {
	case verb == "point" && part == "to":
		return "point to", p
	case verb == "rail" && part == "against":
		return "rail against", p
	case verb == "campaign" && part == "against":
		return "campaign against", p
	case verb != "point" && verb != "rail" && part == "for":
		return phrasalFor[verb], p
	}
	return "", 0
}

// phrasalVerb returns the lemma of a verb that opens a phrasal cue, or "".
func phrasalVerb(w string) string {
	switch w {
	case "point", "points", "pointed", "pointing":
		return "point"
	case "push", "pushes", "pushed", "pushing":
		return "push"
	case "press", "presses", "pressed", "pressing":
		return "press"
	case "plead", "pleads", "pleaded", "pleading":
		return "plead"
	case "advocate", "advocates", "advocated", "advocating":
		return "advocate"
	case "campaign", "campaigns", "campaigned", "campaigning":
		return "campaign"
	case "rail", "rails", "railed", "railing":
		return "rail"
	case "lobby", "lobbies", "lobbied", "lobbying":
		return "lobby"
	}
	return ""
}

// phrasalFor holds the lemmas of the "for" phrasal cues.
var phrasalFor = map[string]string{"push": "push for", "press": "press for", "plead": "plead for",
	"advocate": "advocate for", "campaign": "campaign for", "lobby": "lobby for"}

// isCall reports whether t is a form of the verb call.
func isCall(src string, t tok) bool {
	switch src[t.s:t.e] {
	case "call", "calls", "called", "calling":
		return true
	}
	return false
}

// ambiguousNoun reports whether a verb's base or -s form is often a noun
// (ASCII case folded).
func ambiguousNoun(w string) bool {
	var buf [maxLexWord]byte
	switch string(foldASCII(buf[:], w)) {
	case "report", "reports", "claim", "claims", "fear", "fears", "hope", "hopes", "doubt", "doubts",
		"post", "posts", "answer", "answers", "estimate", "estimates", "promise", "promises",
		"pledge", "pledges", "demand", "demands", "reason", "reasons", "counter", "figure", "figures",
		"guess", "tweet", "tweets", "wonder", "note", "notes", "state", "states", "sigh", "cry", "joke",
		"jokes", "shout", "whisper", "vow", "vows", "remark", "remarks", "continue", "add", "ask",
		"warn", "urge", "state's", "plan", "plans",
		"find", "finds", "show", "shows", "cite", "cites", "proposes", "threats", "talk", "talks", "speak":
		return true
	}
	return false
}

// colonFromPrevious attributes a quote that opens its paragraph to a colon
// introduction ending the paragraph before: "And from the chairwoman:".
func (x *ctx) colonFromPrevious(r region) (attribution, bool) {
	if r.para == 0 || r.start != x.paraStart(r.para) {
		return attribution{}, false
	}
	prev := x.a.Paragraphs[r.para-1]
	end := trimEnd(x.src, prev.Start, prev.End)
	if end <= prev.Start || x.src[end-1] != ':' {
		return attribution{}, false
	}
	pre := x.tokens(max(prev.Start, end-preWindow), end, &x.pre)
	for i := len(pre) - 2; i >= 0; i-- {
		if isClauseEnd(x.src, pre[i]) {
			pre = pre[i+1:]
			break
		}
	}
	at, ok := x.parsePre(pre, end)
	if ok {
		at.clause = -1
		at.rule = ruleColon
	}
	return at, ok
}

// continuations gives a quote that nothing attributes and that fills its
// sentence the speaker of the quote before it in its paragraph or the
// paragraph before, or else of the next quote in its paragraph. Reported
// speech (ind, in document order) counts as a quote before: in `…, the
// mayor said. "We will rebuild."` the mayor goes on speaking.
//
// It returns, for each quote, the index of the quote it continues in its own
// paragraph, or -1.
func (x *ctx) continuations(out []draft, attributed []bool, ind *draftList) []int {
	x.ints = slices.Grow(x.ints[:0], 3*len(out))[:3*len(out)]
	paras, same, next := x.ints[:len(out)], x.ints[len(out):2*len(out)], x.ints[2*len(out):]
	ps := x.a.Paragraphs
	for i := range out {
		off := out[i].span().Start
		paras[i] = sort.Search(len(ps), func(k int) bool { return ps[k].End > off })
	}
	// next[i] is the first attributed quote with a speaker after i in i's
	// paragraph, or -1.
	nx := -1
	for i := len(out) - 1; i >= 0; i-- {
		next[i] = nx
		if nx >= 0 && paras[nx] != paras[i] {
			next[i] = -1
		}
		if attributed[i] && out[i].speaker.IsValid() {
			nx = i
		} else if nx >= 0 && paras[nx] != paras[i] {
			nx = -1
		}
	}
	last := -1 // the last quote with a speaker
	k := 0     // ind[:k] end before out[i]
	lastInd := -1
	for i := range out {
		q := &out[i]
		same[i] = -1
		for st := q.span().Start; k < ind.n && ind.at(k).span().End <= st; k++ {
			if ind.at(k).speaker.IsValid() {
				lastInd = k
			}
		}
		if attributed[i] {
			if q.speaker.IsValid() {
				last = i
			}
			continue
		}
		if q.rule != ruleNone {
			continue
		}
		if lastInd >= 0 && (last < 0 || ind.at(lastInd).span().Start > out[last].span().End) {
			r := ind.at(lastInd)
			off := r.span().Start
			if p := sort.Search(len(ps), func(k int) bool { return ps[k].End > off }); p >= paras[i]-1 {
				q.speaker, q.cue, q.via = r.speaker, r.cue, r.via
				q.continues, q.rule = true, ruleContinues
				continue
			}
		}
		from := -1
		if last >= 0 && paras[last] >= paras[i]-1 {
			from = last
		} else if next[i] >= 0 {
			from = next[i]
		}
		if from >= 0 {
			src := out[from]
			q.speaker, q.cue, q.via = src.speaker, src.cue, src.via
			q.continues, q.rule = true, ruleContinues
			if paras[from] == paras[i] {
				same[i] = from
			}
		}
	}
	return same
}

// joinContinued makes a direct quote that continues a direct quote of its
// own paragraph a fragment of it: `"A," he said. "B."` is one quote, as is
// `"A." "B," she said.`. from is what continuations returned.
func (x *ctx) joinContinued(out []draft, from []int) []draft {
	// Only attributed quotes are continued, so a quote joins one that joins
	// no other.
	x.into = slices.Grow(x.into[:0], len(out))[:len(out)]
	into := x.into
	for i := range out {
		into[i] = i
		if f := from[i]; f >= 0 && out[i].kind == KindDirect && out[f].kind == KindDirect && (f == i-1 || f == i+1) && from[f] < 0 {
			into[i] = f
			out[f].content = x.concat(out[f].content, out[i].content)
			out[f].unclosed = out[f].unclosed || out[i].unclosed
		}
	}
	merged := out[:0]
	for i := range out {
		if into[i] != i {
			continue
		}
		q := out[i]
		slices.SortFunc(q.content, func(a, b article.Span) int { return cmp.Compare(a.Start, b.Start) })
		merged = append(merged, q)
	}
	return merged
}

// transcriptLabel returns the speaker label that opens a quoted transcript
// paragraph, the name in capitals before a colon: `"PENCE: Well, …`, `"MS.
// LEE: …`. The colon follows the label directly.
func (x *ctx) transcriptLabel(r region) article.Span {
	// Most quotes open with a mark and a lower-case or mixed-case word.
	k := r.start
	for k < r.end && k-r.start < 4 && (x.src[k] < 'A' || x.src[k] > 'Z') {
		k++
	}
	if k+1 >= r.end || x.src[k] < 'A' || x.src[k] > 'Z' || x.src[k+1] < 'A' || x.src[k+1] > 'Z' {
		return article.Span{}
	}
	toks := x.tokens(r.start, min(r.end, r.start+40), &x.head)
	i := 0
	for i < len(toks) && i < 2 && isQuoteMark(x.src, toks[i]) {
		i++
	}
	b := i
	for ; i < len(toks) && i-b < 3; i++ {
		t := toks[i]
		if t.word {
			if w := x.src[t.s:t.e]; len(w) < 2 || !allUpper(w) || !isCap(x.src, t) {
				return article.Span{}
			}
			continue
		}
		if is(x.src, t, ":") && i > b && t.s == toks[i-1].e {
			return article.Span{Start: toks[b].s, End: toks[i-1].e}
		}
		return article.Span{}
	}
	return article.Span{}
}

// isLabelCue reports whether cue c is a labelling verb ("called",
// "slammed") rather than a speech verb.
func (x *ctx) isLabelCue(c Cue) bool {
	if !c.Span.IsValid() || c.Span.End-c.Span.Start > 24 {
		return false
	}
	f := x.lex.lookup(x.src[c.Span.Start:c.Span.End])
	return f&fLabel != 0 && f&fCue == 0
}
