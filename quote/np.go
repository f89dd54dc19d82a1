package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/article"
)

// maxNP bounds the words of a speaker's noun phrase.
const maxNP = 10

// wflags returns the lexicon flags of t, ignoring acronyms in capitals
// ("US" is not "us").
func (x *ctx) wflags(t tok) uint16 { return t.f }

func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// isAdverb reports whether word token t looks like a manner adverb ("quickly").
func (x *ctx) isAdverb(t tok) bool {
	w := x.src[t.s:t.e]
	return t.word && !isCap(x.src, t) && hasSuffix(w, "ly") && len(w) > 4
}

// isBoundary reports whether the token before a subject (at index b-1) lets
// a clause start at b: nothing, punctuation, or a conjunction.
func (x *ctx) isBoundary(toks []tok, b int) bool {
	if b <= 0 {
		return true
	}
	t := toks[b-1]
	if !t.word {
		return !is(x.src, t, ")")
	}
	return t.raw&(fConj|fRel) != 0
}

// npEndingAt returns the noun phrase that ends with toks[i]: a pronoun, or
// a run of name and noun words with determiners, "of" and possessives, at
// most maxNP words.
func (x *ctx) npEndingAt(toks []tok, i int) (int, bool) {
	if i < 0 || !toks[i].word {
		return 0, false
	}
	f := x.wflags(toks[i])
	if f&fPron != 0 {
		return i, true
	}
	if f&(fStop|fDet|fPast|fRel) != 0 && f&fNoun == 0 || x.isAdverb(toks[i]) {
		return 0, false
	}
	if x.isVerbLike(toks[i]) && (i == 0 || x.wflags(toks[i-1])&fDet == 0) {
		return 0, false // "when forced to defend": a verb, not a subject
	}
	b := i
	for j := i - 1; j >= 0 && i-j < maxNP; j-- {
		t := toks[j]
		if !t.word {
			break
		}
		f := x.wflags(t)
		if is(x.src, t, "of") {
			if j == 0 || !toks[j-1].word || x.wflags(toks[j-1])&(fStop|fPron|fPast) != 0 && x.wflags(toks[j-1])&fDet == 0 {
				break
			}
			continue
		}
		if f&fDet != 0 {
			b = j
			if j > 0 && is(x.src, toks[j-1], "of") {
				continue
			}
			break
		}
		if f&(fStop|fPron|fPast|fRel) != 0 || x.isAdverb(t) {
			break
		}
		b = j
	}
	if is(x.src, toks[b], "of") {
		return 0, false
	}
	return b, true
}

// subjectBefore returns the span of the subject of the verb at toks[vi],
// looking left over adverbs and auxiliaries ("has also said", "were careful
// to say"), an appositive or relative clause between commas ("Kerry, the
// minister, said"; "Kerry, who …, said") and a parenthesis.
func (x *ctx) subjectBefore(toks []tok, vi int) (article.Span, bool) {
	i := vi - 1
	for k := 0; i >= 0 && k < 5 && toks[i].word && (x.wflags(toks[i])&fSkip != 0 || x.isAdverb(toks[i])); k++ {
		i--
	}
	if i < 0 {
		return article.Span{}, false
	}
	if is(x.src, toks[i], ")") {
		k := i - 1
		for k >= 0 && i-k < 16 && !is(x.src, toks[k], "(") {
			k--
		}
		if k < 0 || !is(x.src, toks[k], "(") {
			return article.Span{}, false
		}
		i = k - 1
	}
	if i >= 0 && is(x.src, toks[i], ",") {
		return x.appositiveSubject(toks, i)
	}
	b, ok := x.npEndingAt(toks, i)
	if !ok || !x.isBoundary(toks, b) && !x.personalPronoun(toks[i]) {
		return article.Span{}, false
	}
	return article.Span{Start: toks[b].s, End: toks[i].e}, true
}

// personalPronoun reports whether t is a subject pronoun that names a
// speaker: a pronoun subject opens a clause even after a fronted phrase
// with no comma ("In an interview on Sunday she said …").
func (x *ctx) personalPronoun(t tok) bool {
	switch x.src[t.s:t.e] {
	case "he", "she", "they", "we", "I", "He", "She", "They", "We":
		return true
	}
	return false
}

// appositiveSubject returns the subject of a verb that follows a comma
// (toks[c]): the noun phrase before a chain of appositives and relative
// clauses between commas, as in "Scott Pruitt, the attorney general of
// Oklahoma, one of the states suing, said" or "Donna Rawlings, 59, of
// Ashton, Md., who watched, said". The chain is searched leftwards, at most
// maxChain commas and maxChainToks tokens; a noun phrase that starts after a
// comma is an appositive and is taken only when nothing further left is a
// subject.
func (x *ctx) appositiveSubject(toks []tok, c int) (article.Span, bool) {
	var cand article.Span
	// The name in "the minister, Jane Hart, said" and the subject in
	// "Sitting across from him, Kerry, confirmed".
	var name article.Span
	for n, k := 0, c; n < maxChain && k > 0 && c-k < maxChainToks; n++ {
		m := k - 1
		for m >= 0 && c-m < maxChainToks && !is(x.src, toks[m], ",") {
			if t := toks[m]; !t.word && (isClauseEnd(x.src, t) || isQuoteMark(x.src, t) || isDash(x.src, t)) {
				break
			}
			m--
		}
		if m >= 0 && !is(x.src, toks[m], ",") && !isClauseEnd(x.src, toks[m]) && !isQuoteMark(x.src, toks[m]) && !isDash(x.src, toks[m]) {
			break // the chain grew too long
		}
		// toks[m+1:k] is one segment; m is a comma or a boundary.
		if b, ok := x.npEndingAt(toks, k-1); ok && b == m+1 && isCap(x.src, toks[k-1]) {
			name = article.Span{Start: toks[b].s, End: toks[k-1].e}
			if k == c && !cand.IsValid() {
				cand = name
			}
		} else {
			name = article.Span{}
		}
		if m >= 0 && is(x.src, toks[m], ",") {
			if b, ok := x.npEndingAt(toks, m-1); ok && x.subjectLike(toks, b, m-1) {
				sp := article.Span{Start: toks[b].s, End: toks[m-1].e}
				if b > 0 && is(x.src, toks[b-1], ",") {
					if !cand.IsValid() {
						cand = sp
					}
				} else if x.isBoundary(toks, b) {
					if name.IsValid() && !isCap(x.src, toks[m-1]) && x.wflags(toks[m-1])&fPron == 0 {
						return name, true
					}
					return sp, true
				}
			}
			k = m
			continue
		}
		break
	}
	return cand, cand.IsValid()
}

// Limits of an appositive chain before a verb.
const (
	maxChain     = 6
	maxChainToks = 64
)

// subjectLike reports whether toks[b:e+1] may be a subject: a pronoun, a
// phrase that ends in a capitalised word or a reporting noun, or one that
// opens with a determiner.
func (x *ctx) subjectLike(toks []tok, b, e int) bool {
	if x.wflags(toks[e])&(fPron|fNoun) != 0 || isCap(x.src, toks[e]) {
		return true
	}
	return x.wflags(toks[b])&fDet != 0
}

// npAfter returns the noun phrase that starts at toks[i] and the index
// after it: "Kerry", "a senior US official", "Officer Tusk of the Walrus
// Police Department", "little Amy".
func (x *ctx) npAfter(toks []tok, i int) (article.Span, int, bool) {
	if i >= len(toks) || !toks[i].word {
		return article.Span{}, i, false
	}
	f := x.wflags(toks[i])
	if f&fPron != 0 {
		return article.Span{Start: toks[i].s, End: toks[i].e}, i + 1, true
	}
	j := i
	if f&fDet != 0 {
		j++
	}
	head := j
	for j < len(toks) && j-i < maxNP && (toks[j].word || j > head && x.isSlash(toks, j)) {
		t := toks[j]
		if !t.word {
			j++ // New York Times/CBS News
			continue
		}
		f := x.wflags(t)
		if is(x.src, t, "of") && j > head && j+1 < len(toks) && toks[j+1].word &&
			(isCap(x.src, toks[j+1]) || x.wflags(toks[j+1])&fDet != 0) {
			j++
			continue
		}
		if f&fDet != 0 && j > head && is(x.src, toks[j-1], "of") {
			j++
			continue
		}
		if f&(fStop|fPron|fPast|fRel|fDet) != 0 && f&fNoun == 0 || x.isAdverb(t) || j > head && x.isVerbLike(t) ||
			j > head && (x.isCueVerb(t) || f&fSkip != 0 && hasSuffix(x.src[t.s:t.e], "ed")) ||
			isPut(x.src, t) && j+1 < len(toks) && is(x.src, toks[j+1], "it") {
			break
		}
		j++
	}
	if j == head {
		return article.Span{}, i, false
	}
	return article.Span{Start: toks[i].s, End: toks[j-1].e}, j, true
}

// isVerbLike reports whether t may be an unlisted speech verb after a quote:
// a lower-case past tense ("grumbled", "sighed").
func (x *ctx) isVerbLike(t tok) bool {
	if !t.word || isCap(x.src, t) {
		return false
	}
	w := x.src[t.s:t.e]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && hasSuffix(w, "ed") && len(w) > 4 && x.wflags(t)&(fStop|fSkip) == 0
}

// isCueVerb reports whether t is a lower-case speech verb form that cannot
// be a noun: "maintains", "insists" (not "claims", "reports").
func (x *ctx) isCueVerb(t tok) bool {
	if isCap(x.src, t) {
		return false
	}
	f := x.wflags(t)
	if f&fCue == 0 {
		return false
	}
	w := x.src[t.s:t.e]
	return f&fPast != 0 || hasSuffix(w, "s") && !ambiguousNoun(w)
}

// isSlash reports whether toks[j] is a slash that joins two capitalised
// words with no space: "Times/CBS".
func (x *ctx) isSlash(toks []tok, j int) bool {
	return is(x.src, toks[j], "/") && j+1 < len(toks) && toks[j-1].e == toks[j].s && toks[j+1].s == toks[j].e &&
		isCap(x.src, toks[j-1]) && isCap(x.src, toks[j+1])
}
