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
	f     uint32 // word classes (see words.go), and fCue or fQuote
	id    uint32 // the word's id in the lexicon's wordIndex; 0 if unknown
	lower uint32 // 0 if the source spells the token lower-case, else the index of its text in lowTexts.texts
	cap   bool   // a word starting with an upper-case letter
	word  bool   // letters or digits
	poss  bool   // a possessive ending: 's, ’s, or a bare apostrophe
	name  bool   // a capitalised content word: see isNameTok
}

// fQuote marks, in a tok's word classes, a quotation mark.
const fQuote = 1 << 30

// low returns the text of token i with ASCII letters lower-cased.
func (e *extraction) low(i int) string {
	t := &e.toks[i]
	if t.lower == 0 {
		return e.src[t.s:t.e]
	}
	return e.lows.texts[t.lower]
}

// lowTexts holds the lower-cased texts of the tokens of a sentence that
// the source spells otherwise, for [tok.lower]: the first few are fixed
// ("n’t", "’s" and "’"), then come lexicon keys and names in the order
// the tokenizer met them.
type lowTexts struct {
	texts []string
	names *strings.Builder // the lower-cased names, written by name
	cache *[256]lowCached  // names lower-cased into names, by the tags of their lower-cased texts
}

// Indexes of the fixed texts of lowTexts.
const (
	lowNot = 1 + iota
	lowPoss
	lowApos
	lowFixed // the number of fixed texts, with the unused index 0
)

// reset empties l of all but its fixed texts.
func (l *lowTexts) reset() {
	if len(l.texts) < lowFixed {
		l.texts = append(l.texts[:0], "", "n't", "'s", "'")
	}
	clear(l.texts[lowFixed:])
	l.texts = l.texts[:lowFixed]
}

// add keeps low, the lower-cased text of a token, and returns its index.
func (l *lowTexts) add(low string) uint32 {
	l.texts = append(l.texts, low)
	return uint32(len(l.texts) - 1)
}

// name keeps src[s:end], an unknown word whose tag lower-cased is lt,
// with ASCII letters lower-cased and returns its index. The lower-cased
// names are written in l.names, which never changes what it has written,
// so that the strings it returned stay valid as it grows, and allocates a
// chunk only now and then. Names recur, in a report and from one report
// to the next: those in the current chunk are found again in l.cache,
// which forgets them with their chunk.
func (l *lowTexts) name(src string, s, end int, lt uint64) uint32 {
	w := src[s:end]
	if l.cache == nil {
		l.cache = new([256]lowCached)
	}
	c := &l.cache[(lt*0x9E3779B97F4A7C15)>>56]
	if c.tag == lt && len(c.low) == len(w) && (len(w) < 8 || equalLowerASCII(w, c.low)) {
		return l.add(c.low)
	}
	b := l.names
	if b == nil || b.Cap()-b.Len() < len(w) {
		b = new(strings.Builder)
		b.Grow(max(len(w), lowNamesChunk))
		l.names = b
		clear(l.cache[:])
	}
	at := b.Len()
	var buf [32]byte
	for len(w) > 0 {
		n := min(len(w), len(buf))
		b.Write(appendLowerASCII(buf[:0], w[:n]))
		w = w[n:]
	}
	*c = lowCached{lt, b.String()[at:]}
	return l.add(c.low)
}

// A lowCached is a name that lowTexts.name lower-cased, and its tag.
type lowCached struct {
	tag uint64
	low string
}

// lowNamesChunk is the size of the chunks lowTexts.name writes names in.
const lowNamesChunk = 4096

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

// tokenize sets e.toks to the tokens of the sentence at s, and e.lows to
// their lower-cased texts.
func (e *extraction) tokenize(s article.Span) {
	e.lows.reset()
	e.toks = tokenize(e.toks[:0], e.words, &e.lows, e.src, s.Start, s.End)
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
// so far, looking words up in table with ASCII letters lower-cased, and
// keeps the lower-cased texts the source spells otherwise in lows.
func tokenize(out []tok, table *wordIndex, lows *lowTexts, src string, lo, hi int) []tok {
	notNames := notNames()
	for i := lo; i < hi; {
		r, n := rune(src[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(src[i:hi])
		}
		if isSpace(r) {
			i += n
			continue
		}
		if r < utf8.RuneSelf && isAlnumASCII(byte(r)) || r >= utf8.RuneSelf && isAlnum(r) {
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
					out = append(out, tok{s: i, e: w, cap: cap, word: true, f: ws.f, id: ws.id})
					if upper {
						out[len(out)-1].lower = lowerIndex(lows, table, ws.id, src, i, w, lt)
					}
					if cap {
						out[len(out)-1].name = isNameTok(&out[len(out)-1], len(out)-1, table, notNames, src, lt)
					}
					ws = table.find("n't")
					out = append(out, tok{s: w, e: j + m + 1, lower: lowNot, word: true, f: fNeg | ws.f&fCue, id: ws.id})
					i = j + m + 1
					continue
				}
			}
			var lt uint64
			var upper bool
			if w-i <= 8 && i+8 <= len(src) {
				lt, upper = foldTag(load8(src[i:]), w-i) // lowerTag, inlined
			} else {
				lt, upper = lowerTag(src, i, w)
			}
			ws := table.findTag(src[i:w], lt, upper)
			// Filled in place: a tok built field by field on the stack and
			// then copied stalls the copy's wide loads.
			out = append(out, tok{})
			t := &out[len(out)-1]
			t.s, t.e, t.f, t.id, t.cap, t.word = i, w, ws.f, ws.id, cap, true
			if upper {
				t.lower = lowerIndex(lows, table, ws.id, src, i, w, lt)
			}
			if cap {
				t.name = isNameTok(t, len(out)-1, table, notNames, src, lt)
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
				out = append(out, tok{s: i, e: i + n + 1, lower: lowPoss, poss: true, f: f})
				i += n + 1
				continue
			}
			if len(out) > 0 && out[len(out)-1].e == i && i > 0 && src[i-1] == 's' {
				out = append(out, tok{s: i, e: i + n, lower: lowApos, poss: true})
				i += n
				continue
			}
		}
		out = append(out, tok{})
		t := &out[len(out)-1]
		t.s, t.e = i, i+n
		switch r {
		case '"', '“', '”', '«', '»', '„', '\'', '‘', '’':
			t.f = fQuote
		}
		i += n
	}
	return out
}

// alnumPrefix returns the number of ASCII letters and digits that s, of
// eight bytes, starts with, looking at all eight at once.
func alnumPrefix(s string) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := load8(s)
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

// lowerIndex keeps the lower-cased text of src[s:end], a word with
// upper-case letters whose id is id and whose tag lower-cased is lt, and
// returns its index in lows.
func lowerIndex(lows *lowTexts, table *wordIndex, id uint32, src string, s, end int, lt uint64) uint32 {
	if id != 0 {
		return lows.add(table.keys[id-1])
	}
	return lows.name(src, s, end, lt)
}
