package article_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Hopefully we’ll”", `"Hopefully we'll"`},
		{"US–Russia — talks", "US-Russia - talks"},
		{"alliance.\u00a0\u00a0 \u00a0", "alliance."},
		{"  a \t\n b  ", "a b"},
		{"ﬁnal Ⅳ", "final IV"},
		{"«Non»", `"Non"`},
		{"zero\u200bwidth", "zerowidth"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Keep Case", "Keep Case"},
	}
	for _, tt := range tests {
		if got := article.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// genText draws arbitrary strings, invalid UTF-8 included, and strings rich
// in the characters Fold maps.
var genText = rapid.OneOf(
	rapid.String(),
	rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
	rapid.StringOf(rapid.SampledFrom([]rune("aZ .\"'“”‘’«»„–—‐\u00a0\u2009\u200b\t\n\u0301\u00b4\ufb01\u2166=\u0338"))),
)

func TestFoldProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genText.Draw(t, "s")
		f := article.Fold(s)
		if article.Fold(f) != f {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, f, article.Fold(f))
		}
		if !utf8.ValidString(f) {
			t.Fatalf("Fold(%q) = %q, invalid UTF-8", s, f)
		}
		if strings.ContainsAny(f, "“”‘’«»„–—\u00a0\t\n") || strings.Contains(f, "  ") || strings.TrimSpace(f) != f {
			t.Fatalf("Fold(%q) = %q keeps typographic marks or uncollapsed space", s, f)
		}
		for _, r := range f {
			if unicode.IsSpace(r) && r != ' ' {
				t.Fatalf("Fold(%q) = %q keeps space %U", s, f, r)
			}
		}
	})
}
