package stance

import (
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

// NormalizeParty returns s as a key for matching parties across reports:
// folded with [article.Fold], lower-cased, with dots removed ("U.S." and
// "US" agree), a leading "the" and a trailing possessive dropped, and
// hyphens and spaces collapsed to single spaces. It is pure and idempotent.
func NormalizeParty(s string) string {
	s = strings.ToLower(article.Fold(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, "-", " ")
	// Dropping a dot can bring a letter and a combining mark together:
	// fold again so that they compose now, not on a second call.
	s = article.Fold(s)
	for {
		t := strings.TrimSpace(s)
		t = strings.TrimSuffix(t, "'s")
		t = strings.TrimSuffix(t, "'")
		t = strings.TrimPrefix(t, "the ")
		t = strings.Join(strings.Fields(t), " ")
		if t == s {
			return s
		}
		s = t
	}
}
