package entity

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one word of a sentence. Words split at hyphens and slashes; a
// possessive "'s" or "'" is left out of the word and flagged.
type token struct {
	start, end   int32  // the word in the source
	kstart, kend int32  // its key (normalised as by NormalizeName) in doc.arena
	hash         uint32 // strHash of its key
	cls          uint32 // the word lists it is in: lexicon.classes
	gaz          int32  // the gazetteer entry covering it, or -1
	flags        uint16
}

const (
	fCap      uint16 = 1 << iota // opens with a capital
	fAllCaps                     // two or more letters, all capitals
	fLower                       // opens with a lower-case letter
	fDigit                       // opens with a digit
	fPoss                        // followed by a possessive 's or '
	fGlued                       // joined to the previous word by a hyphen
	fBreak                       // punctuation other than a hyphen since the previous word
	fInitial                     // opens its sentence (perhaps after an opening quote)
	fQuoted                      // inside quotation marks
	fGazFirst                    // its key's first word is the first word of a gazetteer key
	fSpaced                      // its key has more than one word: "mac donald"
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCIIWord reports whether c is an ASCII letter or digit.
func isASCIIWord(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeSlow(s[i:])
}

func decodeSlow(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// tokenize appends the words of src[start:end] to d.toks; quoted tells
// whether an offset lies inside quotation marks, and may be nil.
func (d *doc) tokenize(start, end int, quoted *quoteCursor) {
	src := d.src
	// a word is about six bytes: room enough that the slices rarely grow
	d.toks, d.arena = slices.Grow(d.toks, (end-start)/5+1), slices.Grow(d.arena, end-start+1)
	// local, so that the loops keep them in registers; stored back at the end
	toks, arena, classes := d.toks, d.arena, &d.lx.classTab
	particles := d.lx.particles.bit
	first := true
	gap := start // where the text since the previous word begins
	for i := start; i < end; {
		if c := src[i]; c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
		} else if r, n := decodeSlow(src[i:]); !isWordRuneSlow(r) {
			i += n
			continue
		}
		ws := i
		allCaps, letters := true, 0
		single := true // letters single and dotted so far: "U.S."
		// the word's key is built as it is read: for an ASCII word, NormalizeName
		b, ks := arena, len(arena)
		h := uint32(2166136261)  // as in strHash
		lowers, slow := 0, false // slow: not ASCII, so NormalizeName makes the key
		spaced := false          // a space put in the key
		for i < end {
			if c := src[i]; isASCIIWord(c) { // the common case, as below
				if c >= 'A' {
					letters++
					if c >= 'a' {
						allCaps = false
						lowers++
					} else {
						if lowers >= 2 {
							b = append(b, ' ')
							spaced = true
							h = (h ^ ' ') * 16777619
						}
						lowers = 0
						c += 'a' - 'A'
					}
				} else {
					lowers = 0
				}
				b = append(b, c)
				h = (h ^ uint32(c)) * 16777619
				if single && i > ws {
					if p := src[i-1]; p < utf8.RuneSelf {
						single = !isASCIIWord(p)
					} else if isWordRune(prevRune(src, i)) {
						single = false
					}
				}
				i++
				continue
			}
			r, n := rune(src[i]), 1 // not a letter or digit when ASCII
			if r >= utf8.RuneSelf {
				r, n = decodeSlow(src[i:])
			}
			if r >= utf8.RuneSelf && isWordRuneSlow(r) {
				slow = true
				if unicode.IsLetter(r) {
					letters++
					if !unicode.IsUpper(r) {
						allCaps = false
					}
				}
				if i > ws && isWordRune(prevRune(src, i)) && src[i-1] != '.' {
					single = false
				}
				i += n
				continue
			}
			if r == '.' && single && i+1 < end && isWordRuneAt(src, i+1) {
				i++
				continue
			}
			if r == '.' && single && letters >= 2 && i > ws && src[i-1] != '.' && (i-2 < ws || src[i-2] == '.') {
				i++ // the last dot of "U.S."
				break
			}
			if isApostrophe(r) && i+n < end && isWordRuneAt(src, i+n) {
				j := i + n
				if (src[j] == 's' || src[j] == 'S') && !isWordRuneAt(src, j+1) {
					break // possessive
				}
				slow = slow || r >= utf8.RuneSelf
				i = j
				continue
			}
			break
		}
		we := i
		if slow {
			b = append(b[:ks], d.normalize(src[ws:we])...)
			h = strHash(b[ks:])
			spaced = bytes.IndexByte(b[ks:], ' ') >= 0
		}
		ke := len(b)
		var fl uint16
		if spaced {
			fl |= fSpaced
		}
		switch c := src[ws]; {
		case 'A' <= c && c <= 'Z':
			fl |= fCap
		case 'a' <= c && c <= 'z':
			fl |= fLower
		case '0' <= c && c <= '9':
			fl |= fDigit
		case c >= utf8.RuneSelf:
			fr, _ := decode(src, ws)
			switch {
			case unicode.IsUpper(fr) || unicode.IsTitle(fr):
				fl |= fCap
			case unicode.IsLower(fr):
				fl |= fLower
			case unicode.IsDigit(fr):
				fl |= fDigit
			}
		}
		if allCaps && letters >= 2 {
			fl |= fAllCaps
		}
		// what lies between the previous word and this one
		between := src[gap:ws]
		if first {
			fl |= fInitial
			for k := 0; k < len(between); k++ {
				if !isSpaceOrQuote(between[k]) {
					fl &^= fInitial // "(Reuters)": not a sentence opener
					break
				}
			}
		} else {
			switch {
			case len(between) == 1 && (between[0] == '-'):
				fl |= fGlued
			case len(between) == 1 && between[0] == ' ', onlySpace(between):
			case between[0] == '.' && onlySpace(between[1:]) && len(toks) > 0 && abbrev(toks[len(toks)-1], b):
				// "Mrs. May", "Gen. Petraeus"
			default:
				fl |= fBreak
				if opensQuote(between) {
					fl |= fInitial // a quotation opens a new sentence of its own
				}
			}
		}
		if quoted != nil && quoted.in(ws) {
			fl |= fQuoted
		}
		// possessive after the word
		if i < end && (src[i] == '\'' || src[i] >= utf8.RuneSelf || src[i] == '`') { // what isApostrophe needs
			r, n := decode(src, i)
			if isApostrophe(r) {
				if j := i + n; j < end && (src[j] == 's' || src[j] == 'S') && !isWordRuneAt(src, j+1) {
					fl |= fPoss
					i = j + 1
				} else if we > ws && (src[we-1] == 's') {
					fl |= fPoss
					i = j
				}
			}
		}
		cls := classes.getHashed(b[ks:ke], h)
		if (fl&(fCap|fDigit) != 0 || cls&particles != 0 || string(b[ks:ke]) == "the") && d.gazFirst(b[ks:ke], h, spaced) {
			fl |= fGazFirst // the words that gazMatch looks at
		}
		// each field stored in place: a token built aside and copied in
		// costs a stalled load of what was just stored
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.start, t.end, t.kstart, t.kend = int32(ws), int32(we), int32(ks), int32(ke)
		t.hash, t.cls, t.gaz, t.flags = h, cls, -1, fl
		arena = append(b, ' ') // so the keys of a run of tokens read as one name
		first = false
		gap = i
	}
	d.toks, d.arena = toks, arena
}

// A normMemo is a word that is not ASCII and its key.
type normMemo struct{ word, key string }

// normalize returns NormalizeName(w), remembered: words that are not
// ASCII repeat within a report and across reports, and normalising them
// costs several allocations.
func (d *doc) normalize(w string) string {
	m := &d.norms[strHash(w)%uint32(len(d.norms))]
	if m.word != w {
		*m = normMemo{strings.Clone(w), NormalizeName(w)} // a copy: the memo outlives the report
	}
	return m.key
}

// gazFirst reports whether the first word of key, whose strHash is h
// and which has a space when spaced, is the first word of a key of the
// gazetteer.
func (d *doc) gazFirst(key []byte, h uint32, spaced bool) bool {
	if d.g == nil {
		return false
	}
	if spaced {
		key = key[:bytes.IndexByte(key, ' ')]
		h = strHash(key)
	}
	return d.g.first.getHashed(key, h) != 0
}

// abbrev reports whether t, whose key is in arena, is a title
// abbreviation that takes a period.
func abbrev(t token, arena []byte) bool {
	switch string(arena[t.kstart:t.kend]) { // called while tokenizing
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm", "prof", "maj", "st", "rev", "pres":
		return t.flags&fCap != 0
	}
	return false
}

func prevRune(s string, i int) rune {
	if i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			return rune(c)
		}
	}
	return prevRuneSlow(s[:i])
}

func prevRuneSlow(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isSpaceOrQuote(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '(', '[':
		return true
	}
	return c >= utf8.RuneSelf // curly quotes, no-break spaces
}

func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			if s[i] < utf8.RuneSelf {
				return false
			}
			r, _ := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

func opensQuote(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '“', '‘', '«':
			return true
		}
	}
	return false
}

// quoteRegions returns the spans inside double quotation marks in
// src[start:end], in order. Straight marks open after a space or bracket and
// close elsewhere; an unclosed mark runs to the end.
func quoteRegions(src string, start, end int, out [][2]int) [][2]int {
	open := -1
	s := src[:end]
	// every mark begins with '"', 0xC2 (« ») or 0xE2 (“ ” „): the next of
	// each, found by IndexByte, or len(s) when there is none
	var next [3]int
	marks := [3]byte{'"', 0xC2, 0xE2}
	for k := range next {
		next[k] = start - 1
	}
	for i := start; i < end; {
		for k, c := range marks {
			if next[k] < i {
				next[k] = len(s)
				if j := strings.IndexByte(s[i:], c); j >= 0 {
					next[k] = i + j
				}
			}
		}
		i = min(next[0], next[1], next[2])
		if i >= len(s) {
			break
		}
		r, n := decode(src, i)
		switch r {
		case '“', '«', '„':
			if open < 0 {
				open = i
			}
		case '”', '»':
			if open >= 0 {
				out = append(out, [2]int{open, i + n})
				open = -1
			}
		case '"':
			if open < 0 && (i == start || !isWordRune(prevRune(src, i)) && prevRune(src, i) != '.' && prevRune(src, i) != ',') {
				open = i
			} else if open >= 0 {
				out = append(out, [2]int{open, i + n})
				open = -1
			}
		}
		i += n
	}
	if open >= 0 {
		out = append(out, [2]int{open, end})
	}
	return out
}
