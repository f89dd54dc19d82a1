package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A tok is a word or punctuation mark of a sentence.
type tok struct {
	s, e  int         // byte span in the source
	low   string      // the text with ASCII letters lower-cased
	cap   bool        // a word starting with an upper-case letter
	word  bool        // letters or digits
	poss  bool        // a possessive ending: 's, ’s, or a bare apostrophe
	quote bool        // a quotation mark
	f     uint32      // word classes (see words.go)
	refs  []anchorRef // the lexicon's patterns anchored on the word
}

// lowerASCII returns s with ASCII letters lower-cased; byte offsets agree.
func lowerASCII(s string) string {
	i := indexUpperASCII(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		b.WriteByte(s[i] + 'a' - 'A')
		s = s[i+1:]
		i = indexUpperASCII(s)
	}
	b.WriteString(s)
	return b.String()
}

// indexUpperASCII returns the index of the first ASCII upper-case letter
// of s, or -1.
func indexUpperASCII(s string) int {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return -1
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize appends the tokens of src[lo:hi] to out, looking words up in
// table.
func tokenize(out []tok, table *wordIndex, src, low string, lo, hi int) []tok {
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(src[i:hi])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < hi {
				c, m := utf8.DecodeRuneInString(src[j:hi])
				if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') || c >= utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)) {
					j += m
					continue
				}
				if c == '-' || c == '.' || c == '&' || isApos(c) {
					d, _ := utf8.DecodeRuneInString(src[j+m : hi])
					if j+m < hi && (unicode.IsLetter(d) || unicode.IsDigit(d)) {
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
			if j < hi && src[j] == '.' && isHonorific(low[i:j]) {
				j++ // "Mrs." is one word
			}
			w := j
			if j < hi && j > i+1 && src[j-1] == 'n' {
				if c, m := utf8.DecodeRuneInString(src[j:hi]); isApos(c) && strings.HasPrefix(src[j+m:hi], "t") && !startsLetter(src[j+m+1:hi]) {
					w = j - 1 // "didn't" -> "did" "n't"
					cap := unicode.IsUpper(r)
					l := low[i:w]
					info := table.lookup(l)
					out = append(out, tok{s: i, e: w, low: l, cap: cap, word: true, f: info.f, refs: info.refs})
					out = append(out, tok{s: w, e: j + m + 1, low: "n't", word: true, f: fNeg, refs: table.lookup("n't").refs})
					i = j + m + 1
					continue
				}
			}
			cap := unicode.IsUpper(r)
			l := low[i:w]
			info := table.lookup(l)
			out = append(out, tok{s: i, e: w, low: l, cap: cap, word: true, f: info.f, refs: info.refs})
			i = w
			continue
		}
		if isApos(r) {
			rest := src[i+n : hi]
			if strings.HasPrefix(rest, "s") && !startsLetter(rest[1:]) {
				out = append(out, tok{s: i, e: i + n + 1, low: "'s", poss: true, f: table.lookup("'s").f})
				i += n + 1
				continue
			}
			if len(out) > 0 && out[len(out)-1].e == i && i > 0 && src[i-1] == 's' {
				out = append(out, tok{s: i, e: i + n, low: "'", poss: true})
				i += n
				continue
			}
		}
		t := tok{s: i, e: i + n, low: low[i : i+n]}
		switch r {
		case '"', '“', '”', '«', '»', '„', '\'', '‘', '’':
			t.quote = true
		}
		out = append(out, t)
		i += n
	}
	return out
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "prof", "rev", "capt", "adm", "maj", "amb":
		return true
	}
	return false
}
