package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// NormalizeName returns the key under which two spellings of a name are the
// same name. It
//
//   - replaces invalid UTF-8, folds full-width letters, and drops
//     diacritics ("Lavrov" = "Lávrov");
//   - splits words glued by a lost space where a capital follows two lower
//     case letters ("TheWashington Post" = "The Washington Post");
//   - drops a possessive "'s" or "s'" ("Assad's" = "Assad");
//   - lower-cases;
//   - turns hyphens, dashes, underscores and every other mark that is not
//     a letter or digit into a space, except apostrophes and periods, which
//     are dropped ("al-Qaida" = "al Qaida", "O’Brien" = "OBrien",
//     "U.S." = "US");
//   - collapses spaces and trims them.
//
// Spelling variants that are not normalisation ("Qaeda"/"Qaida",
// "DAESH"/"Islamic State") are aliases in a [Gazetteer].
//
// NormalizeName is pure and idempotent, its result is valid UTF-8 of lower
// case letters, digits and single spaces, and it is never more than three
// times as long as s.
func NormalizeName(s string) string {
	out := normalizeOnce(s)
	if isASCII(s) {
		return out // the ASCII path reaches its fixed point at once
	}
	for range 3 { // reach the fixed point in rare Unicode corner cases
		again := normalizeOnce(out)
		if again == out {
			break
		}
		out = again
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func normalizeOnce(s string) string {
	if !isASCII(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		s = width.Fold.String(s)
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	space := false // a space is pending
	lowers := 0    // lower-case letters just before, within the word
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if r <= '9' {
				lowers = 0
			} else {
				lowers++
			}
			b.WriteByte(byte(r))
		case isApostrophe(r):
			// a possessive: 's or s' at the end of a word
			if j := i + n; j < len(s) && (s[j] == 's' || s[j] == 'S') && !isWordRuneAt(s, j+1) && lowers+b.Len() > 0 {
				i = j + 1
				continue
			}
			i += n
			continue
		case r == '.':
			i += n
			continue
		case unicode.Is(unicode.Mn, r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if 'A' <= r && r <= 'Z' && lowers >= 2 {
				space = true
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if unicode.IsLower(r) {
				lowers++
			} else {
				lowers = 0
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			space, lowers = true, 0
		}
		i += n
	}
	out := b.String()
	if !isASCII(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// appendNormASCII appends NormalizeName(s) to b, for ASCII s, without
// allocating: the ASCII case of normalizeOnce, which is NormalizeName's
// fixed point for ASCII input.
func appendNormASCII(b []byte, s string) []byte {
	start := len(b)
	space := false // a space is pending
	lowers := 0    // lower-case letters just before, within the word
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			if c <= '9' {
				lowers = 0
			} else {
				lowers++
			}
			b = append(b, c)
		case c == '\'' || c == '`':
			// a possessive: 's or s' at the end of a word
			if j := i + 1; j < len(s) && (s[j] == 's' || s[j] == 'S') && !isWordRuneAt(s, j+1) && lowers+len(b)-start > 0 {
				i = j
			}
		case c == '.':
		case 'A' <= c && c <= 'Z':
			if lowers >= 2 {
				space = true
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			lowers = 0
			b = append(b, c+'a'-'A')
		default:
			space, lowers = true, 0
		}
	}
	return b
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', '′':
		return true
	}
	return false
}

// isWordRuneAt reports whether a letter or digit starts at s[i].
func isWordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
