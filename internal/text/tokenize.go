package text

import (
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/internal/grow"
)

// byte classes of the tokenizer
const (
	bOther = iota // punctuation and symbols
	bSpace        // space, tab
	bLine         // line break
	bUpper        // A-Z
	bLower        // a-z
	bDigit        // 0-9
	bHigh         // a byte of a multi-byte character
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			t[c] = bSpace
		case c == '\n' || c == '\r':
			t[c] = bLine
		case 'A' <= c && c <= 'Z':
			t[c] = bUpper
		case 'a' <= c && c <= 'z':
			t[c] = bLower
		case '0' <= c && c <= '9':
			t[c] = bDigit
		case c >= 0x80:
			t[c] = bHigh
		}
	}
	return t
}()

// tokenBound returns about how many tokens src[start:end] has at most: a
// token for each run of letters and digits and for each other character.
func tokenBound(src string, start, end int) int {
	n, word := 0, false
	for _, c := range []byte(src[start:end]) {
		switch k := byteClass[c]; {
		case k >= bUpper && k <= bDigit:
			if !word {
				n, word = n+1, true
			}
		case k == bSpace || k == bLine:
			word = false
		case c >= 0x80 && c < 0xC0: // within a character
		default:
			n, word = n+1, false
		}
	}
	return n
}

func isAlnumByte(c byte) bool { k := byteClass[c]; return k >= bUpper && k <= bDigit }

// byteBit is 1<<byteClass[c] for an ASCII letter or digit c, else 0.
var byteBit = func() (t [256]uint8) {
	for c := range 256 {
		if k := byteClass[c]; k >= bUpper && k <= bDigit {
			t[c] = 1 << k
		}
	}
	return t
}()

// lowerKey returns the n (at most 8) ASCII letters and digits at src[i:],
// lower-cased, as a little-endian number, zero-padded: with one load where
// src holds eight bytes there.
func lowerKey(src string, i, n int) uint64 {
	if n <= 0 {
		return 0
	}
	if i+8 <= len(src) {
		s := src[i : i+8]
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		v |= 0x2020202020202020 // lower case; digits keep their value
		if n < 8 {
			v &= 1<<(8*n) - 1
		}
		return v
	}
	var v uint64
	for k := 0; k < n; k++ {
		v |= uint64(src[i+k]|0x20) << (8 * k)
	}
	return v
}

// tokenized counts the bytes Tokenize reads, for the tests that check
// that the pipeline reads each byte once.
var tokenized atomic.Int64

// TokenizedBytes returns how many bytes Tokenize has read in this process.
func TokenizedBytes() int64 { return tokenized.Load() }

// Tokenize appends the tokens of src[start:end], one sentence or a run of
// text that is not cut inside a word, to toks and returns the result.
// Spans are byte offsets into src.
func (t *Table) Tokenize(toks []Token, src string, start, end int) []Token {
	start, end = max(0, start), min(len(src), end)
	if end > start {
		tokenized.Add(int64(end - start))
	}
	var sh Shape
	first := len(toks)
	for i := start; i < end; {
		c := src[i]
		switch byteClass[c] {
		case bSpace:
			sh |= Space
			i++
			continue
		case bLine:
			sh |= Space | Newline
			i++
			continue
		case bUpper, bLower, bDigit:
			i = t.word(&toks, src, i, end, sh)
		case bHigh:
			r, n := utf8.DecodeRuneInString(src[i:end])
			switch {
			case (unicode.IsLetter(r) || unicode.IsDigit(r)) && r != 'ʼ':
				// (ʼ is a letter that words read as an apostrophe: alone,
				// it is a mark, or the word would read nothing)
				i = t.word(&toks, src, i, end, sh)
			case unicode.IsSpace(r):
				sh |= Space
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					sh |= Newline
				}
				i += n
				continue
			case unicode.Is(unicode.Mn, r) || r == '\u00ad' || r == '\u200b' || r == '\ufeff':
				// a stray combining mark, soft hyphen or zero-width space
				i += n
				continue
			default:
				i = t.mark(&toks, src, i, end, r, n, sh)
			}
		default:
			i = t.mark(&toks, src, i, end, rune(c), 1, sh)
		}
		sh = 0
	}
	if first < len(toks) {
		toks[first].Shape |= First
	}
	return toks
}

// mark appends the mark r (n bytes) at src[i] and returns where the next
// token starts.
func (t *Table) mark(toks *[]Token, src string, i, end int, r rune, n int, sh Shape) int {
	k := Punct
	j := i + n
	after := len(*toks) > 0 && (*toks)[len(*toks)-1].End == int32(i) && (*toks)[len(*toks)-1].IsWord()
	if (r == '\'' || r == '’') && after {
		// a contraction: "'s", "'re", "'ve", "'ll", "'d", "'m"
		k := j
		for k < end && isLetterByte(src[k]) && k-j < 3 {
			k++
		}
		if k > j && (k >= end || !isAlnumByte(src[k])) {
			var w wordBuf
			w.put('\'')
			for _, c := range []byte(src[j:k]) {
				w.put(lowerASCII(c))
			}
			if id := t.lookup(w.bytes()); id != 0 {
				*toks = grow.Append(*toks, Token{Start: int32(i), End: int32(k), ID: id, Class: t.entries[id].Class, Shape: sh | Lower | Inner, Kind: Word})
				return k
			}
		}
	}
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '\'', '’', '‹', '›':
		k = Quote
		sh |= quoteShape(src, i, j, end, r)
		if r == '\'' || r == '’' {
			sh |= Single
			// a bare apostrophe after a word: "officials' votes", or a
			// closing quote: 'no,' he said
			if after {
				k = Apos
			}
		}
		if r == '‘' || r == '‹' || r == '›' {
			sh |= Single
		}
	case '%':
		// "22%", "22 %" read as "22 percent": a noun the number counts
		if n := len(*toks); n > 0 && (*toks)[n-1].IsWord() && (*toks)[n-1].Class&Num != 0 {
			if id := t.lookup([]byte("percent")); id != 0 {
				*toks = append(*toks, Token{Start: int32(i), End: int32(j), ID: id, Class: t.entries[id].Class, Shape: sh | Lower | Inner, Kind: Word})
				return j
			}
		}
	case '—', '–', '―':
		k = Dash
	case '-':
		// "--", or a hyphen with a space on either side: a dash
		for j < end && src[j] == '-' {
			j++
		}
		if j-i > 1 || sh&Space != 0 || j >= end || byteClass[src[j]] == bSpace || byteClass[src[j]] == bLine {
			k = Dash
		}
	case '.':
		for j < end && src[j] == '.' {
			j++ // an ellipsis of periods is one mark
		}
	case '!', '?':
		for j < end && (src[j] == '!' || src[j] == '?') {
			j++
		}
	}
	*toks = grow.Append(*toks, Token{Start: int32(i), End: int32(j), ID: ID(r), Shape: sh, Kind: k})
	return j
}

// quoteShape tells whether the quotation mark r at src[i:j] opens or
// closes: curly marks and guillemets say so; a straight mark opens after
// white space or an opening bracket and before a word, and closes
// elsewhere.
func quoteShape(src string, i, j, end int, r rune) Shape {
	switch r {
	case '“', '‘', '«', '„', '‹':
		return Open
	case '”', '»', '›':
		return Close
	case '’':
		if i > 0 && !isSpaceBefore(src, i) {
			return Close
		}
		return Open // ’ at a word's start: a misused opening mark
	}
	if i == 0 || isSpaceBefore(src, i) || opener(src[i-1]) {
		if j < end && byteClass[src[j]] != bSpace && byteClass[src[j]] != bLine {
			return Open
		}
	}
	return Close
}

func isSpaceBefore(src string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(src[:i])
	return unicode.IsSpace(r)
}

func opener(c byte) bool {
	switch c {
	case '(', '[', '{', '-', '/', '"':
		return true
	}
	return c >= 0x80 // a dash or an opening curly mark
}

// word appends the word at src[i] and returns where the next token starts.
// It reads letters and digits, with apostrophes, hyphens and periods
// inside; a contraction's "n't" is a token of its own, and so are "'s",
// "'re"... and a bare final apostrophe, which the next token reads.
func (t *Table) word(toks *[]Token, src string, i, end int, sh Shape) int {
	if j, ok := t.plainWord(toks, src, i, end, sh); ok {
		return j
	}
	var w wordBuf
	start := i
	letters, uppers, lowers := 0, 0, 0
	digits, mixed, prevLower := false, false, false
	first := byteClass[src[i]]
	if first == bHigh {
		r, _ := utf8.DecodeRuneInString(src[i:end])
		switch {
		case unicode.IsUpper(r):
			first = bUpper
		case unicode.IsLower(r):
			first = bLower
		case unicode.IsDigit(r):
			first = bDigit
		}
	}
	lastPart := -1     // where the last part of a hyphenated compound starts in w
	firstPart := 0     // the length of its first part
	secondCap := false // its second part opens with a capital
	prefixed := false  // a prefix before a name: "pro-Assad"
	dots := 0          // periods inside: "U.S."
	run := 0           // letters since the start or the last period
loop:
	for i < end {
		c := src[i]
		switch byteClass[c] {
		case bUpper:
			letters++
			uppers++
			run++
			mixed = mixed || prevLower
			prevLower = false
			w.put(c + 'a' - 'A')
			i++
		case bLower:
			letters++
			lowers++
			run++
			prevLower = true
			w.put(c)
			i++
		case bDigit:
			digits, prevLower = true, false
			w.put(c)
			i++
		case bHigh:
			r, m := utf8.DecodeRuneInString(src[i:end])
			switch {
			case r == '’' || r == 'ʼ':
				if !innerApostrophe(src, i+m, end, w.bytes()) {
					break loop
				}
				w.put('\'')
			case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
				letters++
				run++
				if unicode.IsUpper(r) {
					uppers++
					mixed = mixed || prevLower
					prevLower = false
				} else if unicode.IsLower(r) {
					lowers++
					prevLower = true
				}
				w.putRune(unicode.ToLower(r))
			case unicode.IsDigit(r):
				digits = true
				w.putRune(r)
			case r == '\u00ad' || r == '\u200b':
				// a soft hyphen or zero-width space inside the word
			default:
				break loop
			}
			i += m
		default:
			switch c {
			case '\'':
				if !innerApostrophe(src, i+1, end, w.bytes()) {
					break loop
				}
				w.put('\'')
				i++
			case '-':
				// a hyphen between two letters or digits joins them
				if i+1 < end && (isAlnumByte(src[i+1]) || src[i+1] >= 0x80 && startsWord(src[i+1:end])) {
					if lastPart < 0 {
						firstPart = w.n
						secondCap = byteClass[src[i+1]] == bUpper
					}
					w.put('-')
					i++
					lastPart = w.n
					run = 0
					continue
				}
				break loop
			case '.':
				if first == bDigit && letters == 0 && i+1 < end && byteClass[src[i+1]] == bDigit {
					w.put('.') // "3.5"
					i++
					continue
				}
				// "U.S.", "a.m.", "Ph.D.": periods after runs of one or two
				// letters, the next run one letter
				if !digits && run > 0 && run <= 2 && i+1 < end && isLetterByte(src[i+1]) &&
					(i+2 >= end || !isLetterByte(src[i+2])) && (dots > 0 || run == letters) {
					dots++
					w.put('.')
					i++
					run = 0
					continue
				}
				if dots > 0 && run <= 2 {
					dots++ // the final period of a dotted acronym
					w.put('.')
					i++
				}
				break loop
			case ',', ':', '/':
				// "1,200", "10:30", "9/11": a separator between digits
				if first == bDigit && letters == 0 && i+1 < end && byteClass[src[i+1]] == bDigit {
					w.put(c)
					i++
					continue
				}
				break loop
			default:
				break loop
			}
		}
	}
	if i == start {
		// a word character that cannot open a word, such as the modifier
		// apostrophe ʼ: a mark, so that reading moves on
		r, n := utf8.DecodeRuneInString(src[i:end])
		return t.mark(toks, src, i, end, r, n, sh)
	}
	// "didn't" is "did" and "n't", "can't" "ca" and "n't"
	if n := w.n; n > 3 && n <= maxWord && w.b[n-1] == 't' && w.b[n-2] == '\'' && w.b[n-3] == 'n' {
		cut := i - 3
		if src[i-2] != '\'' {
			cut = i - 5 // ’ is three bytes
		}
		w.n -= 3
		stem := Token{Start: int32(start), End: int32(cut), Kind: Word, Shape: sh | caseShape(first, uppers, lowers) | Inner}
		stem.ID = t.lookup(w.bytes())
		if stem.ID == 0 {
			stem.ID = t.ID(stemOfNot(w.bytes())) // "wo" of "won't" is "will"
		}
		stem.Class = t.entries[stem.ID].Class
		not := Token{Start: int32(cut), End: int32(i), Kind: Word, ID: t.ID("n't"), Shape: Inner}
		not.Class = t.entries[not.ID].Class
		*toks = grow.Append(grow.Append(*toks, stem), not)
		return i
	}
	tok := Token{Start: int32(start), End: int32(i), Kind: Word}
	if first == bDigit {
		tok.Kind = Number
	}
	sh |= caseShape(first, uppers, lowers) | Inner
	if digits {
		sh |= Digit
	}
	if lastPart >= 0 {
		sh |= Hyphen
		// a name after a particle: "al-Qaida", "bin-Laden"
		if first == bLower && secondCap && isParticleWord(w.b[:min(firstPart, maxWord)]) {
			sh = sh&^Lower | Cap
		}
		// "pro-Assad", "anti-Trump", "ex-Beatle": an adjective of a prefix
		// and a name
		if first == bLower && secondCap && isPrefixWord(w.b[:min(firstPart, maxWord)]) {
			prefixed = true
		}
	}
	if mixed && first == bUpper {
		sh |= Mixed
	}
	var id ID
	if w.n <= maxWord {
		b := w.bytes()
		if dots > 0 {
			sh |= Dotted
			b = bytesTrimDot(b) // "a.m." as "a.m"
		}
		id = t.lookup(b)
	}
	if id == 0 && lastPart >= 0 && w.n <= maxWord {
		// a compound the table does not know takes its last part's ID
		b := w.b[lastPart:w.n]
		id = t.lookup(b)
	}
	// an initial or an abbreviation written with its period: "J.", "Mr.", "R-Kan."
	if i < end && src[i] == '.' && dots == 0 && !digits && !endsSentence(src, i+1, end) {
		if letters == 1 && first == bUpper || id != 0 && t.entries[id].Abbrev {
			sh |= Dotted
			if letters == 1 && first == bUpper {
				sh |= Initial
			}
			i++
			tok.End++
		}
	}
	tok.ID = id
	switch {
	case prefixed:
		tok.Class = Adj
		sh |= Guessed
	case id != 0:
		tok.Class = t.entries[id].Class
	case tok.Kind == Number:
		tok.Class = Num
	case sh&(Cap|AllCaps) == 0 && w.n <= maxWord:
		tok.Class = guess(w.bytes())
		sh |= Guessed
	}
	tok.Shape = sh
	*toks = grow.Append(*toks, tok)
	return i
}

// plainWord reads the common word: a run of ASCII letters and digits
// followed by white space or a mark that cannot join it to more, such as
// a comma or a closing quote. It reports false, reading nothing, for any
// other word.
func (t *Table) plainWord(toks *[]Token, src string, i, end int, sh Shape) (int, bool) {
	j := i
	var seen uint8 // bit k: a byte of class k
	for j < end {
		b := byteBit[src[j]]
		if b == 0 {
			break
		}
		seen |= b
		j++
	}
	n := j - i
	if n > maxWord {
		return 0, false
	}
	if j < end {
		switch c := src[j]; {
		case c == '\'' || c == '-' || c >= 0x80:
			return 0, false
		case (c == ',' || c == ':' || c == '/') && seen&(1<<bDigit) != 0:
			return 0, false
		case c == '.' && j+1 < end && (isLetterByte(src[j+1]) || seen&(1<<bDigit) != 0 && byteClass[src[j+1]] == bDigit):
			return 0, false // "U.S.", "3.5"
		}
	}
	tok := Token{Start: int32(i), End: int32(j), Kind: Word}
	first := byteClass[src[i]]
	switch first {
	case bUpper:
		sh |= Cap
		if seen&(1<<bLower) == 0 && n >= 2 && seen&(1<<bUpper) != 0 {
			if upperCount(src[i:j]) >= 2 {
				sh |= AllCaps
			}
		} else if n > 2 && hasUpperAfterLower(src[i+1:j]) {
			sh |= Mixed
		}
	case bLower:
		sh |= Lower
	case bDigit:
		tok.Kind = Number
	}
	if seen&(1<<bDigit) != 0 {
		sh |= Digit
	}
	id := t.lookupASCII(src, i, j, lowerKey(src, i, min(n, 8)), lowerKey(src, i+8, max(0, n-8)))
	// an initial or an abbreviation written with its period: "J.", "Mr."
	if j < end && src[j] == '.' && seen&(1<<bDigit) == 0 && !endsSentence(src, j+1, end) {
		if n == 1 && first == bUpper || id != 0 && t.entries[id].Abbrev {
			sh |= Dotted | Inner
			if n == 1 && first == bUpper {
				sh |= Initial
			}
			j++
			tok.End++
		}
	}
	tok.ID = id
	switch {
	case id != 0:
		tok.Class = t.entries[id].Class
	case tok.Kind == Number:
		tok.Class = Num
	case sh&Cap == 0:
		var low [maxWord]byte
		for k := 0; k < n; k++ {
			low[k] = src[i+k] | 0x20
		}
		tok.Class = guess(low[:n])
		sh |= Guessed
	}
	tok.Shape = sh
	*toks = grow.Append(*toks, tok)
	return j, true
}

func upperCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if byteClass[s[i]] == bUpper {
			n++
		}
	}
	return n
}

// hasUpperAfterLower reports whether s has a capital after a lower-case
// letter: "McDonald", "iPhone".
func hasUpperAfterLower(s string) bool {
	lower := false
	for i := 0; i < len(s); i++ {
		switch byteClass[s[i]] {
		case bLower:
			lower = true
		case bUpper:
			if lower {
				return true
			}
		}
	}
	return false
}

// isParticleWord reports whether w is a particle that opens names: the
// Arabic article and its assimilated forms, "bin", "abu".
func isParticleWord(w []byte) bool {
	switch string(w) {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abd", "ben":
		return true
	}
	return false
}

// isPrefixWord reports whether w is a prefix that makes an adjective of a
// name: "pro-", "anti-", "ex-".
func isPrefixWord(w []byte) bool {
	switch string(w) {
	case "pro", "anti", "ex", "non", "post", "pre", "neo", "pan", "counter", "mid", "un", "all", "trans":
		return true
	}
	return false
}

// A wordBuf holds a word lower-cased for lookup; n counts every byte put,
// also those beyond the buffer.
type wordBuf struct {
	b [maxWord]byte
	n int
}

func (w *wordBuf) put(c byte) {
	if w.n < maxWord {
		w.b[w.n] = c
	}
	w.n++
}

func (w *wordBuf) putRune(r rune) {
	var enc [utf8.UTFMax]byte
	for _, c := range enc[:utf8.EncodeRune(enc[:], r)] {
		w.put(c)
	}
}

// bytes returns the word, or as much of it as the buffer holds.
func (w *wordBuf) bytes() []byte { return w.b[:min(w.n, maxWord)] }

func bytesTrimDot(b []byte) []byte {
	if len(b) > 1 && b[len(b)-1] == '.' {
		return b[:len(b)-1]
	}
	return b
}

func caseShape(first uint8, uppers, lowers int) Shape {
	var sh Shape
	switch first {
	case bUpper:
		sh = Cap
	case bLower:
		sh = Lower
	}
	if uppers >= 2 && lowers == 0 {
		sh |= AllCaps
	}
	return sh
}

// stemOfNot returns the word a stem before "n't" stands for.
func stemOfNot(w []byte) string {
	switch string(w) {
	case "ca":
		return "can"
	case "wo":
		return "will"
	case "sha":
		return "shall"
	case "ai":
		return "is"
	}
	return ""
}

// endsSentence reports whether nothing but closing marks and white space
// follow src[i:end]: a period there ends the sentence.
func endsSentence(src string, i, end int) bool {
	for ; i < end; i++ {
		switch src[i] {
		case ' ', '\t', '\n', '\r', '"', '\'', ')', ']':
		default:
			if src[i] < 0x80 {
				return false
			}
			r, n := utf8.DecodeRuneInString(src[i:end])
			if r != '”' && r != '’' && r != '»' && !unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

func isLetterByte(c byte) bool { k := byteClass[c]; return k == bUpper || k == bLower }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// contractions that an apostrophe opens at the end of a word
var contractions = [...]string{"s", "re", "ve", "ll", "d", "m"}

// innerApostrophe reports whether an apostrophe before src[j:], in a word
// that reads w so far, is inside the word: before letters that are not a
// contraction's ending ("O'Brien", "rock'n'roll"), or the "n't" of
// "didn't", which the word splits off itself. After it, a contraction
// ("'s", "'re") or a bare apostrophe ("officials'") is a token of its own.
func innerApostrophe(src string, j, end int, w []byte) bool {
	if j >= end || !isLetterByte(src[j]) && !(src[j] >= 0x80 && startsWord(src[j:end])) {
		return false
	}
	k := j
	for k < end && isLetterByte(src[k]) {
		k++
	}
	if k < end && (isAlnumByte(src[k]) || src[k] >= 0x80 && startsWord(src[k:end])) {
		return true // letters go on beyond ASCII
	}
	rest := src[j:k]
	if equalFoldASCII(rest, "t") {
		return len(w) > 1 && w[len(w)-1] == 'n'
	}
	for _, c := range contractions {
		if equalFoldASCII(rest, c) {
			return false
		}
	}
	return true
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}
