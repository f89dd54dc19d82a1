package quote

import (
	"unicode"
	"unicode/utf8"
)

// A region is one outermost quotation found in a paragraph.
type region struct {
	start, end int   // from the opening mark to just past the closing one (or the paragraph's end)
	para       int32 // the index of its paragraph, set by Extract: a long report's regions take 24 bytes
	unclosed   bool  // no closing mark in the paragraph
	single     bool  // single quotation marks
}

// mark kinds on the stack.
const (
	mkDouble = iota + 1
	mkSingle
)

type openMark struct {
	pos  int
	kind int
}

// scanMarks finds the outermost quotations of src[lo:hi], one paragraph, in
// order. Nested quotations are paired (so their marks do not confuse the
// outer ones) but not reported, and so are empty ones: marks with no letter
// or digit between them (`""`, `"..."`) quote nothing. stack is scratch
// space, returned for reuse.
func scanMarks(src string, lo, hi int, out []region, stack []openMark) ([]region, []openMark) {
	stack = stack[:0]
	var open [3]int // open marks of each kind on the stack
	push := func(pos, kind int) {
		stack = append(stack, openMark{pos, kind})
		open[kind]++
	}
	// closeTo pops to the innermost open mark of kind and records a region if
	// it was outermost; it reports whether one was open.
	closeTo := func(kind, end int) bool {
		if open[kind] == 0 {
			return false
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].kind == kind {
				if i == 0 && hasWord(src, stack[0].pos, end) {
					out = append(out, region{start: stack[0].pos, end: end, single: kind == mkSingle})
				}
				for _, m := range stack[i:] {
					open[m.kind]--
				}
				stack = stack[:i]
				return true
			}
		}
		return false
	}
	hasOpen := func(kind int) bool { return open[kind] > 0 }
	for i := lo; i < hi; {
		if i = skipPlain(src, i, hi); i == hi {
			break
		}
		r, n := utf8.DecodeRuneInString(src[i:hi])
		switch r {
		case '“', '„', '«':
			prev, _ := utf8.DecodeLastRuneInString(src[lo:i])
			next, _ := utf8.DecodeRuneInString(src[i+n : hi])
			// A “ after a word with nothing after it closes an open quote
			// (German-style „…“, or a mistyped closer).
			if r == '“' && hasOpen(mkDouble) && i > lo && !isSpace(prev) && (i+n == hi || isSpace(next) || isPunct(next)) {
				closeTo(mkDouble, i+n)
			} else {
				push(i, mkDouble)
			}
		case '”', '»':
			if !closeTo(mkDouble, i+n) {
				prev, _ := utf8.DecodeLastRuneInString(src[lo:i])
				next, _ := utf8.DecodeRuneInString(src[i+n : hi])
				if (i == lo || isSpace(prev) || isOpenPunct(prev)) && i+n < hi && !isSpace(next) {
					push(i, mkDouble) // ” used as an opener
				}
			}
		case '"', '`', '\'', '‘', '’', '‹', '›':
			// `` and '' stand for double marks.
			if (r == '`' || r == '\'') && i+1 < hi && src[i+1] == byte(r) {
				n = 2
				if r == '`' {
					push(i, mkDouble)
				} else if !closeTo(mkDouble, i+n) && atOpening(src, lo, hi, i, n) {
					push(i, mkDouble)
				}
				break
			}
			if r == '"' {
				if hasOpen(mkDouble) {
					closeTo(mkDouble, i+n)
				} else if atOpening(src, lo, hi, i, n) {
					push(i, mkDouble)
				}
				break
			}
			if r == '`' {
				break
			}
			prev, _ := utf8.DecodeLastRuneInString(src[lo:i])
			wordBefore := i > lo && isWordRune(prev)
			next, _ := utf8.DecodeRuneInString(src[i+n : hi])
			wordAfter := i+n < hi && isWordRune(next)
			// A closer: an open single quote, something before, no word after.
			if r != '‘' && r != '‹' && hasOpen(mkSingle) && i > lo && !isSpace(prev) && !wordAfter {
				closeTo(mkSingle, i+n)
				break
			}
			// An opener: at a word boundary, a word after, not an elided year or word.
			if r != '’' && r != '›' && !wordBefore && wordAfter && !elision(src, i+n, hi) {
				push(i, mkSingle)
			}
		}
		i += n
	}
	// The outermost double quote still open runs to the paragraph's end.
	for _, m := range stack {
		if m.kind == mkDouble {
			end := trimEnd(src, m.pos, hi)
			if hasWord(src, m.pos, end) {
				out = append(out, region{start: m.pos, end: end, unclosed: true})
			}
			break
		}
	}
	return out, stack
}

// hasWord reports whether src[lo:hi] holds a letter or a digit. Outermost
// quotations do not overlap, so testing each costs one pass over the text.
func hasWord(src string, lo, hi int) bool {
	for i := lo; i < hi; {
		if c := src[i]; c < utf8.RuneSelf {
			if isLetterOrDigitByte(c) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:hi])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}

// skipPlain returns the index of the first byte of src[i:hi] that may
// start a quotation mark (a double quote, a backquote, an apostrophe or a
// non-ASCII byte), or hi. It tests eight bytes at a time: most bytes are
// no quotation mark.
func skipPlain(src string, i, hi int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// hasZero reports whether a byte of v is zero.
	hasZero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	for ; i+8 <= hi; i += 8 {
		w := src[i : i+8]
		v := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if v&highs != 0 || hasZero(v^(ones*'"')) || hasZero(v^(ones*'`')) || hasZero(v^(ones*'\'')) {
			break
		}
	}
	for ; i < hi; i++ {
		if c := src[i]; c >= utf8.RuneSelf || c == '"' || c == '`' || c == '\'' {
			break
		}
	}
	return i
}

// atOpening reports whether the mark src[i:i+n] stands where a quote opens:
// at the start, or after white space, an opening bracket or a dash.
func atOpening(src string, lo, hi, i, n int) bool {
	if i == lo {
		return i+n < hi
	}
	prev, _ := utf8.DecodeLastRuneInString(src[lo:i])
	if isSpace(prev) || isOpenPunct(prev) {
		return i+n < hi
	}
	return false
}

// elision reports whether the text at src[i:] after a single quote is an
// elided word: '90s, 'em, 'tis, 'twas, 'n'.
func elision(src string, i, hi int) bool {
	j := i
	for j < hi && j-i < 6 && isLetterOrDigitByte(src[j]) {
		j++
	}
	w := src[i:j]
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	var buf [maxLexWord]byte
	switch string(foldASCII(buf[:], w)) {
	case "em", "tis", "twas", "til", "n", "cause", "bout", "round":
		return true
	}
	return false
}

func isLetterOrDigitByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return isSpaceByte(byte(r))
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetterOrDigitByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '“', '‘', '"', '\'', '«', '„':
		return true
	}
	return false
}

func isPunct(r rune) bool { return unicode.IsPunct(r) }

// trimEnd returns hi moved back over trailing white space, not below lo.
func trimEnd(src string, lo, hi int) int {
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(src[lo:hi])
		if !isSpace(r) {
			break
		}
		hi -= n
	}
	return hi
}

// foldASCII returns s in ASCII lower case in buf, or nil when s does not
// fit: `switch string(foldASCII(buf[:], w))` allocates nothing.
func foldASCII(buf []byte, s string) []byte {
	if len(s) > len(buf) {
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
