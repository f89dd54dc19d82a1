package article

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s folded for matching: invalid UTF-8 replaced by U+FFFD,
// NFKC-normalised, typographic quotation marks and apostrophes turned into
// ASCII ' and ", dashes and hyphens into '-', every kind of white space
// (no-break and zero-width spaces included) into one space, and leading and
// trailing space trimmed. Letter case is kept.
//
// Fold is for comparing texts, never for rewriting [Article.Source]. It is
// pure and idempotent: Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldRune(r)
		if r == ' ' {
			space = b.Len() > 0
			continue
		}
		if r < 0 {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if !norm.NFKC.IsNormalString(out) {
		return Fold(out)
	}
	return out
}

// foldRune maps one rune for [Fold]: ' ' for any space, -1 to drop it.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´', 'ʼ', 'ʻ':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '⁃', '﹘', '﹣', '－':
		return '-'
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return -1 // zero-width and soft hyphen
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) {
		return ' '
	}
	return r
}
