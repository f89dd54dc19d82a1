package quote

import (
	"slices"
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
