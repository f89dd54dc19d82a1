package stance

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A tok is a word or punctuation mark of a sentence. It holds no
// pointers, so that appending tokens costs the garbage collector nothing:
// its lower-cased text is [extraction.low].
type tok struct {
	s, e  int    // byte span in the source
	f     uint32 // word classes (see words.go)
	id    uint32 // the word's id in the lexicon's wordIndex; 0 if unknown
	fixed uint8  // an index into fixedLow for a text other than the source's, or 0
	cap   bool   // a word starting with an upper-case letter
	word  bool   // letters or digits
	poss  bool   // a possessive ending: 's, ’s, or a bare apostrophe
	quote bool   // a quotation mark
	name  bool   // a capitalised content word: see isNameTok
	cue   bool   // patterns are anchored on the word
}

// fixedLow holds the lower-cased texts of tokens that spell them
// otherwise in the source: "n’t", "’s" and "’".
var fixedLow = [...]string{lowNot: "n't", lowPoss: "'s", lowApos: "'"}

const (
	lowNot = 1 + iota
	lowPoss
	lowApos
)

// low returns the text of token i with ASCII letters lower-cased.
func (e *extraction) low(i int) string {
	t := &e.toks[i]
	if t.fixed != 0 {
		return fixedLow[t.fixed]
	}
	return e.lowSrc[t.s:t.e]
}

// appendLowerASCII appends s to dst with ASCII letters lower-cased, so
// that byte offsets agree. It works on eight bytes at a time.
func appendLowerASCII(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	const ones, high = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		low7 := x &^ high
		// The top bit of each byte: at least 'A', and not above 'Z', and ASCII.
		upper := (low7 + (0x80-'A')*ones) &^ (low7 + (0x7f-'Z')*ones) &^ x & high
		if upper != 0 {
			binary.LittleEndian.PutUint64(b[i:], x|upper>>2) // 0x80>>2 is 'a'-'A'
		}
	}
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return dst
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize appends the tokens of src[lo:hi] to out, a sentence's tokens
// so far, looking words up in table.
func tokenize(out []tok, table *wordIndex, src, low string, lo, hi int) []tok {
	for i := lo; i < hi; {
		r, n := rune(src[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(src[i:hi])
		}
		if isSpace(r) {
			i += n
			continue
		}
		if isAlnum(r) {
			j := i + n
			for j < hi {
				if j+8 <= len(src) {
					k := alnumPrefix(src[j : j+8])
					j += k
					if k == 8 {
						continue
					}
					if j >= hi {
						break
					}
				} else if isAlnumASCII(src[j]) {
					j++
					continue
				}
				c, m := rune(src[j]), 1
				if c >= utf8.RuneSelf {
					c, m = utf8.DecodeRuneInString(src[j:hi])
				}
				if c >= utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)) {
					j += m
					continue
				}
				if c == '-' || c == '.' || c == '&' || isApos(c) {
					d, _ := utf8.DecodeRuneInString(src[j+m : hi])
					if j+m < hi && isAlnum(d) {
						if isApos(c) && (d == 's' || d == 't' && j > i && src[j-1] == 'n') {
							break // possessive or n't
						}
						j += m
						continue
					}
					if c == '.' && strings.IndexByte(src[i:j], '.') > 0 {
						j += m // U.S.
					}
				}
				break
			}
			j = min(j, hi) // a run of eight may have passed hi
			if j < hi && src[j] == '.' && isHonorific(low[i:j]) {
				j++ // "Mrs." is one word
			}
			w := j
			cap := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			if j < hi && j > i+1 && src[j-1] == 'n' && (src[j] == '\'' || src[j] >= utf8.RuneSelf) {
				if c, m := utf8.DecodeRuneInString(src[j:hi]); isApos(c) && strings.HasPrefix(src[j+m:hi], "t") && !startsLetter(src[j+m+1:hi]) {
					w = j - 1 // "didn't" -> "did" "n't"
					l := low[i:w]
					ws := table.find(l)
					out = append(out, tok{s: i, e: w, cap: cap, word: true, f: ws.f &^ fCue, id: ws.id, cue: ws.f&fCue != 0})
					if cap {
						out[len(out)-1].name = isNameTok(&out[len(out)-1], len(out)-1, l, src)
					}
					ws = table.find("n't")
					out = append(out, tok{s: w, e: j + m + 1, fixed: lowNot, word: true, f: fNeg, id: ws.id, cue: ws.f&fCue != 0})
					i = j + m + 1
					continue
				}
			}
			ws := table.findTag(low[i:w], tagAt(low, i, w))
			// Filled in place: a tok built field by field on the stack and
			// then copied stalls the copy's wide loads.
			out = append(out, tok{})
			t := &out[len(out)-1]
			t.s, t.e, t.f, t.id, t.cue, t.cap, t.word = i, w, ws.f&^fCue, ws.id, ws.f&fCue != 0, cap, true
			if cap {
				t.name = isNameTok(t, len(out)-1, low[i:w], src)
			}
			i = w
			if i < hi && src[i] == ' ' {
				i++ // the space after most words, skipped here
			}
			continue
		}
		if isApos(r) {
			rest := src[i+n : hi]
			if strings.HasPrefix(rest, "s") && !startsLetter(rest[1:]) {
				f, _ := table.lookup("'s")
				out = append(out, tok{s: i, e: i + n + 1, fixed: lowPoss, poss: true, f: f})
				i += n + 1
				continue
			}
			if len(out) > 0 && out[len(out)-1].e == i && i > 0 && src[i-1] == 's' {
				out = append(out, tok{s: i, e: i + n, fixed: lowApos, poss: true})
				i += n
				continue
			}
		}
		out = append(out, tok{})
		t := &out[len(out)-1]
		t.s, t.e = i, i+n
		switch r {
		case '"', '“', '”', '«', '»', '„', '\'', '‘', '’':
			t.quote = true
		}
		i += n
	}
	return out
}

// alnumPrefix returns the number of ASCII letters and digits that s, of
// eight bytes, starts with, looking at all eight at once.
func alnumPrefix(s string) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	s = s[:8] // one bounds check
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	x7 := x &^ high
	l7 := x7 | 0x20*ones // letters lower-cased; digits keep their bit 0x20
	// The top bit of each byte: within 'a'..'z' or '0'..'9', and ASCII.
	letter := (l7 + (0x80-'a')*ones) &^ (l7 + (0x7f-'z')*ones)
	digit := (x7 + (0x80-'0')*ones) &^ (x7 + (0x7f-'9')*ones)
	other := ^((letter | digit) &^ x) & high
	return bits.TrailingZeros64(other) / 8
}

// isAlnumASCII reports whether c is an ASCII letter or digit.
func isAlnumASCII(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// isAlnum is unicode.IsLetter(r) || unicode.IsDigit(r), fast for ASCII.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumASCII(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isSpace is unicode.IsSpace, fast for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isAlnum(r)
}

func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "prof", "rev", "capt", "adm", "maj", "amb":
		return true
	}
	return false
}

// lowerASCII returns s with ASCII letters lower-cased, in one allocation.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var buf [512]byte
	for len(s) > 0 {
		n := min(len(s), len(buf))
		b.Write(appendLowerASCII(buf[:0], s[:n]))
		s = s[n:]
	}
	return b.String()
}
