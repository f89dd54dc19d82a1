package article

import (
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestCountFields(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringMatching(`[ a\t\n\x{00a0}\x{2003}\xff]{0,12}`)).Draw(t, "s")
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}
