package quote

import (
	"slices"

	"github.com/newsmodel/newsmodel/article"
)

// indirect appends to out the reported speech of the report's sentences that
// hold no quotation: a clause under a speech or cognition verb with a
// subject, `…, X said`, `according to X`, `X quoted Y as saying …` and
// `…, arguing …` (the sentence's subject speaks).
//
// In a sentence with quotation marks, a clause is reported speech when it
// holds no quoted passage and its cue attributes none: `X said the plan
// failed and called it "a fiasco."` gives the indirect `the plan failed`.
func (x *ctx) indirect(marked []draft) {
	n := 0
	for i := range marked {
		if marked[i].cue.Span.IsValid() {
			n++
		}
	}
	cues := slices.Grow(x.markCues[:0], n) // where the cues of the quotes with marks start
	for i := range marked {
		if c := marked[i].cue.Span; c.IsValid() {
			cues = append(cues, c.Start)
		}
	}
	slices.Sort(cues)
	x.markCues = cues
	r := 0
	for _, s := range x.a.Sentences {
		if s.Paragraph >= len(x.a.Paragraphs) || x.a.Paragraphs[s.Paragraph].Kind != article.KindBody {
			continue
		}
		for r < len(x.regs) && x.regs[r].end <= s.Start {
			r++
		}
		x.found = x.reported(x.tokens(s.Start, s.End, &x.sent), x.found[:0])
		marks := r < len(x.regs) && x.regs[r].start < s.End
		for i := range x.found {
			q := &x.found[i]
			if marks {
				// A sentence with quotation marks.
				if _, cued := slices.BinarySearch(cues, q.cue.Span.Start); cued || x.holdsMarks(q.span(), r, s.End) {
					continue
				}
			}
			x.ind.push(*q)
		}
	}
}

// holdsMarks reports whether sp overlaps a quoted region among x.regs[r:]
// that starts before end.
func (x *ctx) holdsMarks(sp article.Span, r, end int) bool {
	for ; r < len(x.regs) && x.regs[r].start < end; r++ {
		if x.regs[r].start < sp.End && sp.Start < x.regs[r].end {
			return true
		}
	}
	return false
}

// contentEnd returns the end of the last token of toks[i:] that is not
// closing punctuation, or -1.
func (x *ctx) contentEnd(toks []tok, i int) int {
	for k := len(toks) - 1; k >= i; k-- {
		t := toks[k]
		if t.word {
			return t.e
		}
		switch x.src[t.s:t.e] {
		case ".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "―":
			continue
		}
		return t.e
	}
	return -1
}

// reported appends the reported speech of one sentence to out: an
// attribution after its content (`…, X said.`, `…, according to X.`), one in
// the middle of it (`A, X said, B.`), and cues before their clauses, each
// clause ending where the next coordinated attribution starts (`X said A,
// and Y noted that B`; `X said A, arguing B`).
func (x *ctx) reported(toks []tok, out []draft) []draft {
	n := len(toks)
	if n < 4 || !slices.ContainsFunc(toks, opensCue) {
		return out // every attribution below starts at a cue word
	}
	if q, ok := x.inverted(toks); ok {
		return append(out, q)
	}
	type cue = reportCue
	cues := x.cues[:0]
	defer func() { x.cues = cues[:0] }()
	for i := 0; i < n && len(cues) < maxCues; i++ {
		if !opensCue(toks[i]) {
			continue // neither a cue nor a participle
		}
		at, j, ok := x.cueAt(toks, i, false)
		b := i
		if ok {
			for b > 0 && toks[b-1].s >= at.speaker.Start {
				b--
			}
			if at.rule == ruleAccordingTo && i == 0 {
				// According to X, clause.
			} else if !x.clauseOpens(toks, i, j) {
				if len(cues) > 0 && (j >= n || !toks[j].word) && x.coordinated(toks, b) {
					// `X noted A — Y boasted, "…"`: no clause of its own,
					// but the clause before ends here.
					cues = append(cues, cue{at, i, -1, b})
				}
				continue
			}
		} else if sp, ok2 := x.relativeSubject(toks, i); ok2 {
			// X, who said A, did B: the relative clause ends at its comma.
			at = attribution{speaker: sp, cue: x.cueOf(toks, i)}
			j = x.contentStart(toks, i)
			if !x.clauseOpens(toks, i, j) || len(cues) > 0 && !x.coordinated(toks, b-1) {
				continue
			}
			for b > 0 && toks[b-1].s >= at.speaker.Start {
				b--
			}
			cues = append(cues, cue{at, i, j, b})
			k := j
			for k < n && !is(x.src, toks[k], ",") {
				k++
			}
			if k < n-1 {
				cues = append(cues, cue{at, k, -1, k}) // ends the clause
			}
			i = k
			continue
		} else if x.participle(toks, i) {
			sp, ok2 := x.sentenceSubject(toks)
			if !ok2 {
				continue
			}
			j = i + 1
			if j < n && is(x.src, toks[j], "that") {
				j++
			}
			at = attribution{speaker: sp, cue: x.cueOf(toks, i), rule: ruleParticiple}
		} else {
			continue
		}
		if len(cues) > 0 && !x.coordinated(toks, b) {
			continue // inside the content of the cue before: not split
		}
		cues = append(cues, cue{at, i, j, b})
		i = j - 1
	}
	for k, c := range cues {
		lim := n
		if k+1 < len(cues) {
			lim = cues[k+1].b
		}
		if c.j < 0 {
			continue
		}
		end := x.contentEnd(toks[:lim], c.j)
		if c.j >= lim || end <= toks[c.j].s {
			continue
		}
		rule := c.at.rule
		if rule == noRule {
			rule = ruleIndirect
		}
		out = append(out, x.indirectQuote(c.at, article.Span{Start: toks[c.j].s, End: end}, rule))
	}
	return out
}

// opensCue reports whether t may open an attribution of reported: a
// speech or labelling verb or a word of a cue phrase.
func opensCue(t tok) bool { return t.f&(fCue|fLabel) != 0 || t.raw&fPhrase != 0 }

// A reportCue is an attribution found in a sentence by reported.
type reportCue struct {
	at   attribution
	i, j int // the cue's first token and where its content starts
	b    int // where the attribution starts: the content before it ends there
}

// maxCues bounds the attributions found in one sentence.
const maxCues = 8

// coordinated reports whether an attribution starting at toks[b] opens a
// new clause after the content of an earlier one: after a comma, a dash, a
// semicolon or a coordinating conjunction.
func (x *ctx) coordinated(toks []tok, b int) bool {
	if b == 0 {
		return false
	}
	p := toks[b-1]
	if !p.word {
		return is(x.src, p, ",") || is(x.src, p, ";") || isDash(x.src, p)
	}
	var buf [maxLexWord]byte
	switch string(foldASCII(buf[:], x.src[p.s:p.e])) {
	case "and", "but", "while", "whereas", "although", "though", "yet":
		return b >= 2 && !toks[b-2].word
	}
	return false
}

// inverted finds an attribution after its content, `…, X said.` or `…,
// according to X.`, or in the middle of it, `A, X said, B.`.
func (x *ctx) inverted(toks []tok) (draft, bool) {
	n := len(toks)
	cue := 0 // the first token from cue on that may be a cue of parsePost
	for c := 1; c < n-2; c++ {
		if toks[c].word || !toks[c+1].word || !is(x.src, toks[c], ",") && !isDash(x.src, toks[c]) {
			continue
		}
		from := c
		if isDash(x.src, toks[c]) {
			from++ // `… — according to X.`; a dash and a name alone is a byline
		}
		lim := min(n, c+maxChainToks+maxNP)
		if cue < from {
			cue = from
			for cue < n && !postCue(toks[cue]) {
				cue++
			}
		}
		if cue >= lim {
			continue // parsePost would find no cue
		}
		at, ok := x.parsePost(toks[from:lim], true)
		if !ok || at.rule == ruleDash {
			continue
		}
		acc := at.rule == ruleAccordingTo
		// What follows the attribution: nothing, an adverbial ("on
		// Tuesday", "in a statement"), or a comma and the rest of the content.
		k := c + 1
		for k < n && (toks[k].s < at.speaker.End || toks[k].s < at.cue.Span.End) {
			k++
		}
		if k < n && toks[k].word && x.wflags(toks[k])&fPrep == 0 && !isTimeWord(x.src, toks[k]) && !acc {
			continue // `, X said the plan failed`: a cue before its clause
		}
		rest, comma := k, -1
		for m := k; m < n && m-k <= 8; m++ {
			if is(x.src, toks[m], ",") {
				comma = m
				break
			}
			if !toks[m].word && m > k {
				break
			}
		}
		start := 0
		for start < c && toks[start].word && x.wflags(toks[start])&fConj != 0 && isCap(x.src, toks[start]) {
			start++
		}
		for start < c && is(x.src, toks[start], ",") {
			start++
		}
		end := x.contentEnd(toks[:c], start)
		if end < 0 || start >= c {
			continue
		}
		rule := ruleInverted
		if at.rule == ruleAccordingTo {
			rule = ruleAccordingTo
		}
		if comma >= 0 && from != c {
			continue // `A — X replied, "B"`: the dash closes an aside
		}
		first, second := article.Span{Start: toks[start].s, End: end}, article.Span{}
		if comma >= 0 {
			if e2 := x.contentEnd(toks, comma+1); e2 >= 0 && comma+1 < n && n-comma > 3 {
				second = article.Span{Start: toks[comma+1].s, End: e2}
			}
		} else if x.contentEnd(toks, rest) >= 0 && n-rest > 6 && !acc {
			continue // `according to a poll released on Monday by …` may run on
		}
		if c-start < 2 && second == (article.Span{}) {
			continue
		}
		q := x.indirectQuote(at, first, rule)
		if second != (article.Span{}) {
			q.content = x.concat(q.content, []article.Span{second})
		}
		return q, true
	}
	return draft{}, false
}

// postCue reports whether t may be the cue of an attribution that
// parsePost finds with lexOnly: a speech verb, "according" or "put".
func postCue(t tok) bool { return t.f&fCue != 0 || t.raw&fPhrase != 0 }

// isTimeWord reports whether t names a day or a time: "Tuesday", "Friday",
// "yesterday".
func isTimeWord(src string, t tok) bool {
	var buf [maxLexWord]byte
	switch string(foldASCII(buf[:], src[t.s:t.e])) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
		"today", "tonight", "last", "this", "earlier", "later", "recently", "late", "early":
		return true
	}
	return false
}

func (x *ctx) indirectQuote(at attribution, content article.Span, rule ruleID) draft {
	c := x.spans(1)
	c[0] = content
	return draft{kind: KindIndirect, content: c, speaker: at.speaker, cue: at.cue, via: at.via, rule: rule}
}

// clauseOpens reports whether the content after the cue at toks[i],
// starting at toks[j], reads as a reported clause.
func (x *ctx) clauseOpens(toks []tok, i, j int) bool {
	if j >= len(toks) || j+1 >= len(toks) || !toks[j].word {
		return false
	}
	t := toks[j]
	w := x.src[t.s:t.e]
	f := x.wflags(toks[i])
	var buf [maxLexWord]byte
	switch string(foldASCII(buf[:], w)) {
	case "to":
		// wants to cut taxes; but `wants to say that …` is the later cue's.
		// told the staff to leave: after an indirect object.
		return (f&fTo != 0 || f&fObj != 0 && j > i+1) && toks[j+1].word && x.wflags(toks[j+1])&fCue == 0
	case "about", "of", "on":
		// spoke of the war, complained about the food: the topic is
		// reported, not a clause.
		return f&(fCog|fTo|fThat) == 0 && toks[j+1].word
	case "by", "for", "with", "from", "into", "and", "or", "but", "as", "than", "so", "if":
		return false
	}
	if j > 0 && is(x.src, toks[j-1], "that") {
		return true
	}
	if f&fThat != 0 {
		return x.wflags(t)&fPron != 0
	}
	if f&fCog != 0 {
		fj := x.wflags(t)
		return fj&(fPron|fDet) != 0 || isCap(x.src, t) || x.finiteSoon(toks, j)
	}
	return true
}

// finiteSoon reports whether a finite verb (an auxiliary or a copula)
// follows toks[j] within a few words, so that a clause with a bare noun
// subject opens there: `believe taxes are too high`.
func (x *ctx) finiteSoon(toks []tok, j int) bool {
	for k := j + 1; k < len(toks) && k-j <= 5; k++ {
		t := toks[k]
		if !t.word {
			return false
		}
		var buf [maxLexWord]byte
		switch string(foldASCII(buf[:], x.src[t.s:t.e])) {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
			"should", "must", "may", "might", "does", "do", "did":
			return true
		case "and", "or", "of":
			continue
		}
		if x.wflags(t)&(fStop|fCue) != 0 {
			return false
		}
	}
	return false
}

// participle reports whether toks[i] is a speech verb's -ing form after a
// comma: "…, arguing they would have …".
func (x *ctx) participle(toks []tok, i int) bool {
	if i == 0 || !is(x.src, toks[i-1], ",") || !toks[i].word {
		return false
	}
	w := x.src[toks[i].s:toks[i].e]
	return x.wflags(toks[i])&fCue != 0 && hasSuffix(w, "ing")
}

// sentenceSubject returns the noun phrase that opens a sentence, after
// an opening conjunction or adverbial phrase ("In Washington, …").
func (x *ctx) sentenceSubject(toks []tok) (article.Span, bool) {
	i := 0
	for i < len(toks) && (toks[i].word && x.wflags(toks[i])&fConj != 0 || is(x.src, toks[i], ",")) {
		i++
	}
	if i < len(toks) && toks[i].word && x.wflags(toks[i])&fPrep != 0 {
		for i < len(toks) && !is(x.src, toks[i], ",") && i < 12 {
			i++
		}
		i++
		if i+1 < len(toks) && isYear(x.src, toks[i]) && is(x.src, toks[i+1], ",") {
			i += 2 // On July 6, 2015, …
		}
	}
	sp, j, ok := x.npAfter(toks, i)
	if ok && j == len(toks) && j-i >= 3 {
		// the phrase ran into an unlisted verb that ends toks: "the
		// chancellor made"
		j--
		sp.End = toks[j-1].e
	}
	if ok && j < len(toks) && is(x.src, toks[j], ",") {
		// an appositive: Ann Lee, the mayor, said
		k := j + 1
		for k < len(toks) && k-j < 12 && !is(x.src, toks[k], ",") {
			k++
		}
		if k >= len(toks) || !is(x.src, toks[k], ",") {
			return article.Span{}, false
		}
		j = k + 1
	}
	if !ok || j >= len(toks) || !toks[j].word || x.wflags(toks[j])&fPron != 0 {
		return article.Span{}, false
	}
	return sp, true
}

// relativeSubject returns "who" (or "which") when it is the subject of the
// speech verb at toks[i], after a noun and a comma: "Ann Lee, who says …".
func (x *ctx) relativeSubject(toks []tok, i int) (article.Span, bool) {
	if i < 3 || !toks[i].word || x.wflags(toks[i])&fCue == 0 || !x.isCueVerb(toks[i]) {
		return article.Span{}, false
	}
	k := i - 1
	for k > 0 && toks[k].word && (x.wflags(toks[k])&fSkip != 0 || x.isAdverb(toks[k])) {
		k--
	}
	if w := x.src[toks[k].s:toks[k].e]; (w == "who" || w == "which") && is(x.src, toks[k-1], ",") {
		return article.Span{Start: toks[k].s, End: toks[k].e}, true
	}
	return article.Span{}, false
}

// isYear reports whether t is a four-digit year.
func isYear(src string, t tok) bool {
	w := src[t.s:t.e]
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
