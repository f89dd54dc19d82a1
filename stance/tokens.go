package stance

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/article"
)

// A tok is a word or punctuation mark of a sentence. It holds no
// pointers, so that appending tokens costs the garbage collector nothing:
// its lower-cased text is [extraction.low].
type tok struct {
	s, e  int    // byte span in the source
	f     uint32 // word classes (see words.go)
	id    uint32 // the word's id in the lexicon's wordIndex; 0 if unknown
	low   uint8  // where its lower-cased text is: lowSource, lowKey, lowName, or an index into fixedLow
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

// Where a token's lower-cased text is: [tok.low].
const (
	lowSource = iota // the source text has no upper-case ASCII letter
	lowNot           // fixedLow[lowNot], and so on
	lowPoss
	lowApos
	lowKey  // the key of the known word tok.id
	lowName // an unknown word with upper-case letters: see extraction.lowName
)

// low returns the text of token i with ASCII letters lower-cased.
func (e *extraction) low(i int) string {
	t := &e.toks[i]
	if t.low != lowSource {
		return lowOther(e, t)
	}
	return e.src[t.s:t.e]
}

// lowOther returns the lower-cased text of t, which the source spells
// otherwise.
func lowOther(e *extraction, t *tok) string {
	switch t.low {
	case lowKey:
		return e.words.keys[t.id-1]
	case lowName:
		return e.lowName(t.s, t.e)
	}
	return fixedLow[t.low]
}

// lowIs reports whether the lower-cased text of token i is w, without
// lower-casing a name to find out.
func (e *extraction) lowIs(i int, w string) bool {
	t := &e.toks[i]
	if t.low == lowName {
		return t.e-t.s == len(w) && equalLowerASCII(e.src[t.s:t.e], w)
	}
	return e.low(i) == w
}

// equalLowerASCII reports whether s with ASCII letters lower-cased is low,
// of the same length.
func equalLowerASCII(s, low string) bool {
	for i := range len(low) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// lowName returns src[s:end] with ASCII letters lower-cased, written in
// e.lowNames: strings.Builder never changes what it has written, so the
// strings it returned stay valid as it grows, and it allocates a chunk
// only now and then. The last few names asked for are remembered.
func (e *extraction) lowName(s, end int) string {
	c := &e.lowCache[uint(s)%uint(len(e.lowCache))]
	if c.s == s && c.e == end && c.low != "" {
		return c.low
	}
	w := e.src[s:end]
	b := e.lowNames
	if b == nil || b.Cap()-b.Len() < len(w) {
		b = new(strings.Builder)
		b.Grow(max(len(w), lowNamesChunk))
		e.lowNames = b
	}
	at := b.Len()
	var buf [32]byte
	for len(w) > 0 {
		n := min(len(w), len(buf))
		b.Write(appendLowerASCII(buf[:0], w[:n]))
		w = w[n:]
	}
	*c = lowCached{s, end, b.String()[at:]}
	return c.low
}

// A lowCached is a name that lowName lower-cased.
type lowCached struct {
	s, e int
	low  string
}

// lowNamesChunk is the size of the chunks lowName writes names in.
const lowNamesChunk = 2048

// tokenize sets e.toks to the tokens of the sentence at s.
func (e *extraction) tokenize(s article.Span) {
	e.toks = tokenize(e.toks[:0], e.words, e.src, s.Start, s.End)
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
// so far, looking words up in table with ASCII letters lower-cased.
func tokenize(out []tok, table *wordIndex, src string, lo, hi int) []tok {
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
			if j < hi && src[j] == '.' && isHonorific(src[i:j]) {
				j++ // "Mrs." is one word
			}
			w := j
			cap := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			if j < hi && j > i+1 && src[j-1] == 'n' && (src[j] == '\'' || src[j] >= utf8.RuneSelf) {
				if c, m := utf8.DecodeRuneInString(src[j:hi]); isApos(c) && strings.HasPrefix(src[j+m:hi], "t") && !startsLetter(src[j+m+1:hi]) {
					w = j - 1 // "didn't" -> "did" "n't"
					lt, upper := lowerTag(src, i, w)
					ws := table.findTag(src[i:w], lt, upper)
					out = append(out, tok{s: i, e: w, cap: cap, word: true, f: ws.f &^ fCue, id: ws.id, cue: ws.f&fCue != 0})
					if upper {
						out[len(out)-1].low = lowKind(ws.id)
					}
					if cap {
						out[len(out)-1].name = isNameTok(&out[len(out)-1], len(out)-1, table, src, lt)
					}
					ws = table.find("n't")
					out = append(out, tok{s: w, e: j + m + 1, low: lowNot, word: true, f: fNeg, id: ws.id, cue: ws.f&fCue != 0})
					i = j + m + 1
					continue
				}
			}
			lt, upper := lowerTag(src, i, w)
			ws := table.findTag(src[i:w], lt, upper)
			// Filled in place: a tok built field by field on the stack and
			// then copied stalls the copy's wide loads.
			out = append(out, tok{})
			t := &out[len(out)-1]
			t.s, t.e, t.f, t.id, t.cue, t.cap, t.word = i, w, ws.f&^fCue, ws.id, ws.f&fCue != 0, cap, true
			if upper {
				t.low = lowKind(ws.id)
			}
			if cap {
				t.name = isNameTok(t, len(out)-1, table, src, lt)
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
				out = append(out, tok{s: i, e: i + n + 1, low: lowPoss, poss: true, f: f})
				i += n + 1
				continue
			}
			if len(out) > 0 && out[len(out)-1].e == i && i > 0 && src[i-1] == 's' {
				out = append(out, tok{s: i, e: i + n, low: lowApos, poss: true})
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

// isHonorific reports whether w, in any case, is a title such as Mr or
// Sen.
func isHonorific(w string) bool {
	var buf [4]byte
	if len(w) > len(buf) {
		return false
	}
	switch string(appendLowerASCII(buf[:0], w)) {
	case "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "prof", "rev", "capt", "adm", "maj", "amb":
		return true
	}
	return false
}

// lowKind returns where the lower-cased text of a word whose id is id is
// found when the source spells it otherwise: see [tok.low].
func lowKind(id uint32) uint8 {
	if id != 0 {
		return lowKey
	}
	return lowName
}
