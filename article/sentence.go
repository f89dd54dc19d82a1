package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits the text src covers within w into sentences and
// returns their spans, trimmed of white space, in order.
//
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes and
// brackets after it) followed by white space and a word that can open a
// sentence: a capital, a digit, an opening quote or bracket. It does not end
//
//   - after a title or other abbreviation: "Mr.", "Gen.", "Sen.", "Inc.";
//   - after an initial: "John F. Kennedy";
//   - after a month abbreviation before a number: "Jul. 15";
//   - after a dotted acronym ("U.S.", "a.m.") unless the next word is one
//     that usually opens a sentence ("The", "He", "But", ...);
//   - inside a quotation, unless the quotation ends with the sentence:
//     in `"We will win. They will lose," he said.` the first period ends
//     nothing.
func SplitSentences(src string, w Span) []Span {
	out, _ := appendSentences(nil, nil, src, w)
	return out
}

// appendSentences appends the sentences of src within w to out, as
// [SplitSentences] returns them; quotes is scratch space, returned for reuse.
func appendSentences(out, quotes []Span, src string, w Span) (sentences, scratch []Span) {
	w.Start, w.End = max(0, w.Start), min(len(src), w.End)
	if w.Start >= w.End {
		return out, quotes
	}
	quotes = quotes[:0]
	quoted := false // whether quotes holds the paragraph's quotations; found at the first break
	start, q := w.Start, 0
	// Only '.', '!', '?' and the lead byte of '…' can end a sentence; none
	// of them is ever part of another character's encoding.
	ends := newByteFinder(src[:w.End], w.Start, ".!?\xe2")
	for i := ends.find(w.Start); i < w.End; i = ends.find(i) {
		r, n := utf8.DecodeRuneInString(src[i:w.End])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		term := i
		j := i + n
		for j < w.End && (src[j] == '.' || src[j] == '!' || src[j] == '?') {
			j++
		}
		for j < w.End {
			c, m := utf8.DecodeRuneInString(src[j:w.End])
			if !isCloser(c) {
				break
			}
			j += m
		}
		i = j
		k := skipSpaceRunes(src, j, w.End)
		if k == j || k >= w.End || !opensSentence(src, k, w.End) {
			continue
		}
		if !quoted {
			quotes, quoted = appendQuotedRegions(quotes, src, w), true
		}
		for q < len(quotes) && quotes[q].End <= j {
			q++
		}
		if q < len(quotes) && quotes[q].Start < j && j < quotes[q].End {
			continue // inside a quotation that goes on
		}
		if r == '.' && isAbbreviation(src, w.Start, term, k) {
			continue
		}
		if s := trimSpan(src, Span{start, j}); s.IsValid() {
			out = append(out, s)
		}
		start = k
	}
	if s := trimSpan(src, Span{start, w.End}); s.IsValid() {
		out = append(out, s)
	}
	return out, quotes
}

func trimSpan(src string, s Span) Span {
	st := skipSpaceRunes(src, s.Start, s.End)
	return Span{st, trimRight(src, st, s.End)}
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

// opensSentence reports whether the text at src[k:] can open a sentence.
func opensSentence(src string, k, end int) bool {
	r, _ := utf8.DecodeRuneInString(src[k:end])
	switch r {
	case '"', '“', '‘', '«', '„', '(', '[', '\'':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Abbreviations that are never the end of a sentence (they precede a name or
// a number), and those that end one only before a typical sentence opener.
var (
	titleAbbrevs = []string{"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt",
		"adm", "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "sec", "cmdr", "cpl",
		"pvt", "supt", "insp", "det", "amb", "atty", "brig", "messrs", "mme", "mlle", "fr", "sr", "jr", "vs", "v", "cf", "e.g", "i.e", "approx", "est", "vol", "pp", "ch", "art", "para"}
	monthAbbrevs    = []string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
	companyAbbrevs  = []string{"inc", "corp", "co", "ltd", "plc", "llc", "bros", "dept", "univ", "assn", "etc", "al"}
	sentenceOpeners = []string{"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And",
		"In", "On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our",
		"As", "If", "When", "While", "After", "Before", "However", "Meanwhile", "Still", "Yet", "So",
		"Some", "Many", "Most", "Officials", "According", "For", "Under", "With", "Since"}
)

// isAbbreviation reports whether the period at src[dot] closes an
// abbreviation rather than a sentence; next is where the following word starts.
func isAbbreviation(src string, lo, dot, next int) bool {
	b := dot
	for b > lo && dot-b < 24 && (isLetter(src[b-1]) || src[b-1] == '.') {
		b--
	}
	word := src[b:dot]
	if word == "" {
		return false
	}
	if strings.EqualFold(word, "no") || strings.EqualFold(word, "nos") {
		return isDigit(byteAt(src, next)) // "No. 10"
	}
	if oneOfFold(word, titleAbbrevs) != "" {
		return true
	}
	if len(word) == 1 && isUpper(word[0]) {
		return true // an initial
	}
	if oneOfFold(word, monthAbbrevs) != "" && isDigit(byteAt(src, next)) {
		return true
	}
	dotted := strings.Contains(word, ".")
	if dotted || oneOfFold(word, companyAbbrevs) != "" {
		w, _ := wordAt(src, next)
		return !isOneOf(w, sentenceOpeners)
	}
	return false
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// appendQuotedRegions appends to out, in order, the spans from each opening double
// quotation mark to just past its closing mark within w. Straight marks open
// after white space or an opening bracket and close elsewhere; curly marks,
// guillemets and low-9 marks say which they are. An opening mark never closed
// in w yields no region, so one stray mark spoils nothing.
func appendQuotedRegions(out []Span, src string, w Span) []Span {
	open := -1
	// Only '"' and the lead bytes 0xC2 and 0xE2 begin a quotation mark.
	marks := newByteFinder(src[:w.End], w.Start, "\"\xc2\xe2")
	for i := marks.find(w.Start); i < w.End; i = marks.find(i) {
		r, n := utf8.DecodeRuneInString(src[i:w.End])
		switch r {
		case '“', '«', '„':
			open = i
		case '”', '»':
			if open >= 0 {
				out = append(out, Span{open, i + n})
				open = -1
			}
		case '"':
			prev, _ := utf8.DecodeLastRuneInString(src[w.Start:i])
			if open < 0 && (i == w.Start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)) {
				open = i
			} else if open >= 0 {
				out = append(out, Span{open, i + n})
				open = -1
			}
		}
		i += n
	}
	return out
}
