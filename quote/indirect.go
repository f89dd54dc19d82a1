package quote

import (
	"github.com/newsmodel/newsmodel/article"
)

// indirect appends the reported speech of the report's sentences that
// hold no quotation: a clause under a speech or cognition verb with a
// subject, `…, X said`, `according to X`, `X quoted Y as saying …` and
// `…, arguing …` (the sentence's subject speaks).
func (x *ctx) indirect(out []Quote) []Quote {
	r := 0
	for _, s := range x.a.Sentences {
		if s.Paragraph >= len(x.a.Paragraphs) || x.a.Paragraphs[s.Paragraph].Kind != article.KindBody {
			continue
		}
		for r < len(x.regs) && x.regs[r].end <= s.Start {
			r++
		}
		if r < len(x.regs) && x.regs[r].start < s.End {
			continue // a sentence with quotation marks: done above
		}
		x.sent = tokenize(x.src, s.Start, s.End, x.sent[:0])
		if q, ok := x.reported(x.sent); ok {
			out = append(out, q)
		}
	}
	return out
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
		case ".", ",", ";", ":", "!", "?", "…", "—", "–", "-":
			continue
		}
		return t.e
	}
	return -1
}

// reported finds the reported speech of one sentence.
func (x *ctx) reported(toks []tok) (Quote, bool) {
	n := len(toks)
	if n < 4 {
		return Quote{}, false
	}
	// …, X said. / …, according to X.
	for c := n - 2; c >= 3 && n-c <= maxNP+8; c-- {
		if !is(x.src, toks[c], ",") {
			continue
		}
		at, ok := x.parsePost(toks[c:])
		if !ok || at.rule == RuleDash {
			break
		}
		rest := 0
		for k := c + 1; k < n; k++ {
			if toks[k].s >= at.speaker.End && toks[k].s >= at.cue.Span.End {
				rest = n - k
				break
			}
		}
		if rest > 6 {
			break
		}
		end := x.contentEnd(toks[:c], 0)
		if end < 0 {
			break
		}
		rule := RuleInverted
		if at.rule == RuleAccordingTo {
			rule = RuleAccordingTo
		}
		start := 0
		for start < c && toks[start].word && x.wflags(toks[start])&fConj != 0 && isCap(x.src, toks[start]) {
			start++
		}
		for start < c && is(x.src, toks[start], ",") {
			start++
		}
		if c-start < 3 {
			break
		}
		return x.indirectQuote(at, article.Span{Start: toks[start].s, End: end}, rule), true
	}
	for i := 0; i < n; i++ {
		at, j, ok := x.cueAt(toks, i, false)
		if !ok {
			if x.participle(toks, i) {
				sp, ok2 := x.sentenceSubject(toks)
				if !ok2 {
					continue
				}
				j = i + 1
				if j < n && is(x.src, toks[j], "that") {
					j++
				}
				at = attribution{speaker: sp, cue: x.cueOf(toks, i), rule: RuleParticiple}
			} else {
				continue
			}
		}
		if at.rule == RuleAccordingTo && i == 0 {
			// According to X, clause.
		} else if !x.clauseOpens(toks, i, j) {
			continue
		}
		end := x.contentEnd(toks, j)
		if j >= n || end <= toks[j].s {
			continue
		}
		rule := at.rule
		if rule == "" {
			rule = RuleIndirect
		}
		return x.indirectQuote(at, article.Span{Start: toks[j].s, End: end}, rule), true
	}
	return Quote{}, false
}

func (x *ctx) indirectQuote(at attribution, content article.Span, rule string) Quote {
	return Quote{Kind: KindIndirect, Content: []article.Span{content}, Speaker: Speaker{Span: at.speaker},
		Cue: at.cue, Via: at.via, Rule: rule}
}

// clauseOpens reports whether the content after the cue at toks[i],
// starting at toks[j], reads as a reported clause.
func (x *ctx) clauseOpens(toks []tok, i, j int) bool {
	if j >= len(toks) || j+1 >= len(toks) || !toks[j].word {
		return false
	}
	t := toks[j]
	w := x.src[t.s:t.e]
	switch lowerASCII(w) {
	case "to", "by", "of", "for", "with", "about", "from", "into", "and", "or", "but", "as", "than", "so", "if":
		return false
	}
	if j > 0 && is(x.src, toks[j-1], "that") {
		return true
	}
	if f := x.wflags(toks[i]); f&fCog != 0 {
		fj := x.wflags(t)
		return fj&(fPron|fDet) != 0 || isCap(x.src, t)
	}
	return true
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
	}
	sp, j, ok := x.npAfter(toks, i)
	if !ok || j >= len(toks) || !toks[j].word {
		return article.Span{}, false
	}
	return sp, true
}
