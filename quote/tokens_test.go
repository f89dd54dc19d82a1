package quote

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"pgregory.net/rapid"
)

// TestTokensMatchTokenize checks that a window's tokens taken from the
// whole source's equal those of the window tokenized alone.
func TestTokensMatchTokenize(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		x := newCtx(&article.Article{Source: src})
		defer x.release()
		for range 8 {
			lo := rapid.IntRange(0, len(src)).Draw(t, "lo")
			hi := rapid.IntRange(lo, len(src)).Draw(t, "hi")
			got := x.tokens(lo, hi, &x.pre)
			want := tokenize(x.lex, src, lo, hi, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("tokens(%d, %d) = %v, want %v", lo, hi, got, want)
			}
		}
	})
}

// Every word that phrasal, isPut or the according-to rule reads as a cue is
// flagged fPhrase: reported skips the words without it.
func TestPhraseWordsFlagged(t *testing.T) {
	l := lex()
	var words []string
	for _, v := range []string{"point", "push", "press", "plead", "advocate", "campaign", "rail", "lobby", "call"} {
		stem := strings.TrimSuffix(v, "y")
		words = append(words, v, v+"s", v+"es", v+"ed", v+"d", v+"ing", stem+"ies", stem+"ied", strings.TrimSuffix(v, "e")+"ing")
	}
	words = append(words, "according", "put", "puts")
	for _, w := range words {
		cue := phrasalVerb(w) != "" || isCall(w, tok{e: len(w), word: true}) || isPut(w, tok{e: len(w), word: true}) || w == "according"
		if cue && l.lookup(w)&fPhrase == 0 {
			t.Errorf("lookup(%q) has no fPhrase", w)
		}
	}
}

// skipPlain stops where a byte by byte search does.
func TestSkipPlain(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := genSource.Draw(t, "src")
		lo := rapid.IntRange(0, len(src)).Draw(t, "lo")
		want := lo
		for want < len(src) && src[want] < 0x80 && !strings.ContainsRune("\"`'", rune(src[want])) {
			want++
		}
		if got := skipPlain(src, lo, len(src)); got != want {
			t.Fatalf("skipPlain(%q, %d) = %d, want %d", src, lo, got, want)
		}
	})
}

// lexKey's folding (ORing 0x20) is ASCII case folding for the lexicon's
// words: they hold only bytes that have bit 0x20 and are no capitals'
// images of punctuation a token may hold.
func TestLexiconWordsFold(t *testing.T) {
	for w := range lex().flags {
		for i := 0; i < len(w); i++ {
			if c := w[i]; !('a' <= c && c <= 'z' || c == '\'') {
				t.Errorf("lexicon word %q has byte %q", w, c)
			}
		}
	}
}

// TestLookupFoldsASCII checks lookup against its definition on any word a
// token may be: the flags of the word with ASCII capitals lower-cased.
func TestLookupFoldsASCII(t *testing.T) {
	l := lex()
	words := slices.Sorted(maps.Keys(l.flags))
	tokenRunes := []rune("abcdeiostwyzABCDEIOSTWYZ019'’-.&")
	rapid.Check(t, func(t *rapid.T) {
		w := rapid.OneOf(rapid.StringOf(rapid.SampledFrom(tokenRunes)), rapid.SampledFrom(words)).Draw(t, "word")
		b := []byte(w)
		for _, i := range rapid.SliceOfN(rapid.IntRange(0, max(0, len(b)-1)), 0, 3).Draw(t, "changes") {
			if i < len(b) && 'a' <= b[i]|0x20 && b[i]|0x20 <= 'z' {
				b[i] ^= 0x20 // a capital, or a capital lower-cased
			}
		}
		w = string(b)
		if got, want := l.lookup(w), l.flags[lowerASCII(w)]; got != want {
			t.Fatalf("lookup(%q) = %#x, want %#x", w, got, want)
		}
	})
}
